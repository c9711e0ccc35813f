package io.pindesk.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One pin to publish (a single image or a carousel), as journalled in the outbox. Immutable; the service writes
 * a new version atomically at every state change.
 *
 * @param images           the prepared image files, relative to the job's folder, with per-image text
 * @param notBefore        earliest time the worker may send it (schedule or retry backoff); null = now
 * @param scheduledFor     the time the user asked for ("Publish at…"), for display; null = as soon as possible
 * @param awaitingDecision an overdue scheduled job found at start-up: held until the user decides
 * @param sentAt           when the last create request was started; non-null means it may exist at Pinterest
 */
public record OutboxJob(String id, String boardId, String boardName, String sectionId, boolean carousel,
        PinText text, List<JobImage> images, JobState state, int attempts, Instant createdAt, Instant notBefore,
        Instant scheduledFor, boolean awaitingDecision, Instant sentAt, String lastError, String pinId,
        Instant finishedAt) {

    /** One image of a job. */
    public record JobImage(String file, String contentType, int width, int height, PinText text) {}

    public OutboxJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(boardId, "boardId");
        images = images == null ? List.of() : List.copyOf(images);
        text = text == null ? PinText.EMPTY : text;
        state = state == null ? JobState.QUEUED : state;
    }

    /** A short label for lists: the title, else the first image's title, else "Pin to <board>". */
    public String label() {
        if (text.title() != null && !text.title().isBlank()) {
            return text.title();
        }
        for (JobImage i : images) {
            if (i.text() != null && i.text().title() != null && !i.text().title().isBlank()) {
                return i.text().title();
            }
        }
        return (carousel ? "Carousel" : "Pin") + " to " + (boardName == null ? boardId : boardName);
    }

    OutboxJob with(JobState newState) {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, newState, attempts, createdAt,
                notBefore, scheduledFor, awaitingDecision, sentAt, lastError, pinId, finishedAt);
    }

    /**
     * About to send. {@code firstSent} is kept for the reconcile window; {@code settledAt} is when an outcome left
     * unknown (a crash, a lost reply) may be looked for: the server may still be working on the request until then.
     */
    OutboxJob sending(Instant firstSent, Instant settledAt) {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, JobState.SENDING, attempts + 1,
                createdAt, settledAt, scheduledFor, false, firstSent, lastError, pinId, finishedAt);
    }

    OutboxJob attempted() {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, state, attempts + 1,
                createdAt, notBefore, scheduledFor, awaitingDecision, sentAt, lastError, pinId, finishedAt);
    }

    OutboxJob published(String newPinId, Instant at) {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, JobState.PUBLISHED, attempts,
                createdAt, null, scheduledFor, false, sentAt, null, newPinId, at);
    }

    OutboxJob retryLater(Instant when, String error) {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, JobState.QUEUED, attempts,
                createdAt, when, scheduledFor, false, sentAt, error, pinId, finishedAt);
    }

    OutboxJob failed(String error, Instant at) {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, JobState.FAILED, attempts,
                createdAt, null, scheduledFor, false, sentAt, error, pinId, at);
    }

    OutboxJob rescheduled(Instant at, boolean hold) {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, JobState.QUEUED, attempts,
                createdAt, at, at, hold, sentAt, lastError, pinId, finishedAt);
    }

    OutboxJob requeued() {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, JobState.QUEUED, 0,
                createdAt, null, scheduledFor, false, sentAt, null, pinId, null);
    }

    OutboxJob held(boolean hold) {
        return new OutboxJob(id, boardId, boardName, sectionId, carousel, text, images, state, attempts, createdAt,
                notBefore, scheduledFor, hold, sentAt, lastError, pinId, finishedAt);
    }
}
