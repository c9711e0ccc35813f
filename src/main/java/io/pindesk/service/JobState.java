package io.pindesk.service;

/**
 * Where an outbox job is. Every transition is written to disk before the next step, so after a crash the
 * journal tells what may have happened: a job found {@code SENDING} may or may not have created its pin and is
 * reconciled against the board before anything is sent again.
 */
public enum JobState {
    /** Waiting for its time (a schedule, a backoff, a rate-limit pause) or for the worker. */
    QUEUED,
    /** The create request is (or was, before a crash) on its way; the outcome is not known yet. */
    SENDING,
    /** Done; {@link OutboxJob#pinId()} names the pin. */
    PUBLISHED,
    /** Gave up (permanent error or retries spent); stays in the outbox with the reason until retried or removed. */
    FAILED
}
