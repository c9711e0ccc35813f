package io.pindesk.service;

import io.pindesk.api.ApiException;
import io.pindesk.api.MediaSource;
import io.pindesk.api.NewPin;
import io.pindesk.api.PinterestClient;
import io.pindesk.api.RateLimitedException;
import io.pindesk.api.UnknownOutcomeException;
import io.pindesk.domain.Pin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publishing outbox of one account: durable jobs, a single worker, exactly-once creates.
 *
 * <p><b>Exactly once.</b> The job is journalled {@code SENDING} (with the time of its first send) <em>before</em>
 * the create request goes out, and {@code PUBLISHED} with the pin id right after the reply. A job that has ever
 * been sent is, before any further send, looked for among the board's newest pins: a pin with the same section
 * and the same title, description, link and alt text, created no earlier than 10 minutes before the first send,
 * and <em>not already claimed by another job of this outbox</em> (so a batch of pins with identical text still
 * maps one pin to one job). While any job's outcome is unknown ({@code SENDING}) nothing else is sent, so at most
 * one create is ever in doubt and identical-text jobs cannot steal each other's pin. No marker is put into the
 * user's text: Pinterest has no hidden field for it, and a visible one would change what the user wrote.
 *
 * <p><b>Threading:</b> {@link #runDue()} does the work synchronously (tests call it with an injected clock); the
 * worker started by {@link #start()} calls it on its own thread. Everything else is quick and thread-safe.
 * Listeners are called on the thread that made the change.
 */
public final class PublishService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublishService.class);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    /**
     * Tunables; {@link #STANDARD} in the app, short delays in tests. {@code reconcileDelay} is how long after a
     * send whose outcome is unknown (or that may have succeeded, like a 5xx) the board is searched: Pinterest may
     * still be finishing a request PinDesk stopped waiting for, and a search before that would miss the pin and
     * lead to a duplicate.
     */
    public record Options(Duration baseBackoff, Duration maxBackoff, int maxAttempts, int reconcileLookAt,
            Duration reconcileDelay, Duration overdueGrace, Duration pollInterval) {
        public static final Options STANDARD = new Options(Duration.ofSeconds(5), Duration.ofMinutes(10), 6, 100,
                Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofSeconds(1));
    }

    private final OutboxStore store;
    private final AccountSession session;
    private final Clock clock;
    private final Options options;
    private final Map<String, OutboxJob> jobs = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object workLock = new Object();
    private volatile Instant pausedUntil;
    private volatile Duration boardSpacing = Duration.ZERO;
    /** When each board last got a pin from this outbox; survives "Clear published", so spacing still holds. */
    private final Map<String, Instant> lastPublishedToBoard = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String pauseReason;
    private ScheduledExecutorService worker;

    public PublishService(Path outboxDir, AccountSession session, Clock clock, Options options) {
        this.store = new OutboxStore(outboxDir);
        this.session = session;
        this.clock = clock;
        this.options = options;
        synchronized (jobs) {
            store.loadAll().forEach(j -> {
                jobs.put(j.id(), j);
                notePublished(j);
            });
        }
    }

    /**
     * Minimum time between two pins this outbox sends to the same board (zero, the default, means none): a
     * batch to one board then trickles out instead of flooding followers' feeds. A job whose board got a pin
     * less than this ago waits; jobs to other boards go ahead meanwhile.
     */
    public void setBoardSpacing(Duration spacing) {
        if (spacing == null || spacing.isNegative()) {
            throw new IllegalArgumentException("board spacing must be zero or positive");
        }
        if (!spacing.equals(boardSpacing)) {
            this.boardSpacing = spacing;
            fire();
        }
        wake();
    }

    public Duration boardSpacing() {
        return boardSpacing;
    }

    /** When a job to {@code boardId} may go out at the earliest under the board spacing, or empty when now. */
    public Optional<Instant> spacedUntil(String boardId) {
        Instant last = lastPublishedToBoard.get(boardId);
        if (last == null || boardSpacing.isZero()) {
            return Optional.empty();
        }
        Instant until = last.plus(boardSpacing);
        return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    private void notePublished(OutboxJob j) {
        if (j.state() == JobState.PUBLISHED && j.finishedAt() != null) {
            lastPublishedToBoard.merge(j.boardId(), j.finishedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /**
     * The journal of an outbox without a sign-in, for the CLI's {@code queue} command: list, retry, remove. It is
     * never started and cannot enqueue; the app's worker sends what it requeues.
     */
    public static PublishService journal(Path outboxDir, Clock clock) {
        return new PublishService(outboxDir, null, clock, Options.STANDARD);
    }

    /** The outbox folder of an account: {@code <data>/outbox/<accountKey>}. */
    public static Path outboxDir(Path dataDir, String accountKey) {
        return dataDir.resolve("outbox").resolve(accountKey);
    }

    // ---- enqueue --------------------------------------------------------------------------------------------

    /**
     * Journals the request as jobs (one per image, or one carousel) after checking scopes and limits. The image
     * files are copied into the outbox, so the job doesn't depend on the draft or a temp file.
     */
    public List<OutboxJob> enqueue(PublishRequest request) throws ServiceException {
        requireSession();
        Optional<String> scopeProblem = ScopeCheck.problem(session.grantedScopes(), request.boardPrivacy(), false);
        if (scopeProblem.isPresent()) {
            throw new ServiceException(scopeProblem.get(), false, null);
        }
        if (request.images().isEmpty()) {
            throw new ServiceException("Add at least one image.", false, null);
        }
        if (request.carousel() && (request.images().size() < 2 || request.images().size() > 5)) {
            throw new ServiceException("A carousel needs 2 to 5 images, not " + request.images().size() + ".",
                    false, null);
        }
        List<List<PublishRequest.Image>> groups = new ArrayList<>();
        if (request.carousel()) {
            groups.add(request.images());
        } else {
            request.images().forEach(i -> groups.add(List.of(i)));
        }
        Instant now = clock.instant();
        List<OutboxJob> created = new ArrayList<>();
        int n = 0;
        for (List<PublishRequest.Image> group : groups) {
            String id = now.toEpochMilli() + "-" + String.format(Locale.ROOT, "%03d", n++) + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            List<OutboxJob.JobImage> images = new ArrayList<>();
            try {
                Path folder = store.folder(id);
                Files.createDirectories(folder);
                int k = 0;
                for (PublishRequest.Image img : group) {
                    String file = "image-" + k++ + (img.contentType().equals("image/png") ? ".png" : ".jpg");
                    Files.copy(img.file(), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                    images.add(new OutboxJob.JobImage(file, img.contentType(), img.width(), img.height(),
                            img.text().normalized()));
                }
            } catch (IOException e) {
                throw new ServiceException("Could not copy the image into the outbox: " + e.getMessage(), false, e);
            }
            PinText text = request.carousel() ? request.text().normalized()
                    : group.get(0).text().orElse(request.text()).normalized();
            OutboxJob job = new OutboxJob(id, request.boardId(), request.boardName(), request.sectionId(),
                    request.carousel(), text, images, JobState.QUEUED, 0, now, request.publishAt(),
                    request.publishAt(), false, null, null, null, null);
            persist(job);
            created.add(job);
        }
        wake();
        return created;
    }

    // ---- queries and user actions ---------------------------------------------------------------------------

    public List<OutboxJob> jobs() {
        synchronized (jobs) {
            return List.copyOf(jobs.values());
        }
    }

    public Optional<OutboxJob> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** When the queue resumes after a rate limit, or empty when it isn't paused. */
    public Optional<Instant> pausedUntil() {
        Instant p = pausedUntil;
        return p != null && p.isAfter(clock.instant()) ? Optional.of(p) : Optional.empty();
    }

    public Optional<String> pauseReason() {
        return pausedUntil().map(p -> pauseReason);
    }

    /** Scheduled jobs that were overdue when the outbox started: held until the user decides. */
    public List<OutboxJob> awaitingDecision() {
        return jobs().stream().filter(j -> j.awaitingDecision() && j.state() == JobState.QUEUED).toList();
    }

    public void publishNow(String id) {
        update(id, j -> j.rescheduled(null, false));
        wake();
    }

    public void reschedule(String id, Instant at) {
        update(id, j -> j.rescheduled(at, false));
        wake();
    }

    /** "Keep": leave it held; it is asked about again at the next start. */
    public void keepHeld(String id) {
        update(id, j -> j.held(true));
    }

    /** Retry a failed job (reconciled first if it was ever sent). */
    public void retry(String id) {
        update(id, j -> j.state() == JobState.FAILED ? j.requeued() : j);
        wake();
    }

    /** Removes a job that is not in flight (a published, failed or waiting one). */
    public boolean remove(String id) {
        synchronized (workLock) {
            OutboxJob j = job(id).orElse(null);
            if (j == null || j.state() == JobState.SENDING) {
                return false;
            }
            synchronized (jobs) {
                jobs.remove(id);
            }
            store.delete(id);
        }
        fire();
        return true;
    }

    public void clearPublished() {
        jobs().stream().filter(j -> j.state() == JobState.PUBLISHED).forEach(j -> remove(j.id()));
    }

    private void requireSession() {
        if (session == null) {
            throw new IllegalStateException("This outbox is a journal view without a sign-in");
        }
    }

    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---- the worker -----------------------------------------------------------------------------------------

    /**
     * Marks overdue scheduled jobs as awaiting a decision, then starts the background worker. Call once.
     */
    public synchronized void start() {
        requireSession();
        markOverdue();
        if (worker == null) {
            worker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "pindesk-outbox");
                t.setDaemon(true);
                return t;
            });
            worker.scheduleWithFixedDelay(this::runSafely, 0, options.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void markOverdue() {
        Instant limit = clock.instant().minus(options.overdueGrace());
        for (OutboxJob j : jobs()) {
            if (j.state() == JobState.QUEUED && !j.awaitingDecision() && j.scheduledFor() != null
                    && j.scheduledFor().isBefore(limit) && j.sentAt() == null) {
                update(j.id(), x -> x.held(true));
            }
        }
    }

    private void wake() {
        ScheduledExecutorService w = worker;
        if (w != null && !w.isShutdown()) {
            w.execute(this::runSafely);
        }
    }

    private void runSafely() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warn("Outbox worker round failed: {}", e.toString());
        }
    }

    /**
     * Works through every job that is due now, one at a time; returns how many jobs it touched. A job whose
     * outcome is unknown ({@code SENDING}) blocks sending anything else until it is reconciled.
     */
    public int runDue() {
        requireSession();
        synchronized (workLock) {
            int touched = 0;
            while (true) {
                Instant now = clock.instant();
                if (pausedUntil().isPresent()) {
                    return touched;
                }
                if (pausedUntil != null) {
                    pausedUntil = null; // the pause is over: tell the queue panel
                    fire();
                }
                Optional<OutboxJob> next = nextDue(now);
                if (next.isEmpty()) {
                    return touched;
                }
                touched++;
                if (!process(next.get())) {
                    return touched;
                }
            }
        }
    }

    private Optional<OutboxJob> nextDue(Instant now) {
        List<OutboxJob> all = jobs();
        List<OutboxJob> inDoubt = all.stream().filter(j -> j.state() == JobState.SENDING).toList();
        if (!inDoubt.isEmpty()) {
            return inDoubt.stream().filter(j -> isDue(j, now)).findFirst();
        }
        return all.stream().filter(j -> j.state() == JobState.QUEUED && !j.awaitingDecision() && isDue(j, now)
                        && spacedUntil(j.boardId()).isEmpty())
                .min(Comparator.comparing((OutboxJob j) -> j.notBefore() == null ? j.createdAt() : j.notBefore())
                        .thenComparing(OutboxJob::id));
    }

    private static boolean isDue(OutboxJob j, Instant now) {
        return j.notBefore() == null || !j.notBefore().isAfter(now);
    }

    /** Handles one job; false when the round should stop (paused, or a reconcile must wait). */
    private boolean process(OutboxJob job) {
        PinterestClient client = session.client();
        if (job.sentAt() != null) {
            try {
                Optional<Pin> existing = reconcile(client, job);
                if (existing.isPresent()) {
                    LOG.info("Outbox job {} was already published as pin {}", job.id(), existing.get().id());
                    persist(job.published(existing.get().id(), clock.instant()));
                    return true;
                }
            } catch (ApiException e) {
                // a failed check counts as an attempt, or a server that is down for good would be asked forever
                return handleFailure(job.attempted(), e, "Could not check whether the pin was already published");
            }
        }
        NewPin pin;
        try {
            pin = toNewPin(job);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            persist(job.failed("This pin can't be sent: " + e.getMessage(), clock.instant()));
            return true;
        }
        Instant now = clock.instant();
        OutboxJob sending = job.sending(job.sentAt() != null ? job.sentAt() : now, now.plus(options.reconcileDelay()));
        persist(sending); // the journal entry goes to disk BEFORE the request leaves
        try {
            Pin created = client.createPin(pin);
            persist(sending.published(created.id(), clock.instant()));
            return true;
        } catch (UnknownOutcomeException e) {
            // stays SENDING: nothing else is sent until this one is reconciled (after a short delay, so a
            // create still being processed at Pinterest can show up in the board's list)
            persist(new OutboxJob(sending.id(), sending.boardId(), sending.boardName(), sending.sectionId(),
                    sending.carousel(), sending.text(), sending.images(), JobState.SENDING, sending.attempts(),
                    sending.createdAt(), clock.instant().plus(options.reconcileDelay()), sending.scheduledFor(), false,
                    sending.sentAt(), "No reply from Pinterest; checking whether the pin was created…",
                    null, null));
            return false;
        } catch (AccountUnavailableException e) {
            // The account's client refuses before sending (signed out, or "sign in again"): nothing left PinDesk,
            // so the job waits exactly as it was and the whole queue pauses until the account works again.
            pausedUntil = clock.instant().plus(ACCOUNT_RECHECK);
            pauseReason = e.getMessage();
            persist(job.retryLater(pausedUntil, e.getMessage()));
            return false;
        } catch (ApiException e) {
            return handleFailure(sending, e, "Could not publish the pin");
        }
    }

    /** How often a queue paused by an unusable account looks again (a sign-in also resumes it at once). */
    static final Duration ACCOUNT_RECHECK = Duration.ofMinutes(1);

    private boolean handleFailure(OutboxJob job, ApiException e, String doing) {
        Instant now = clock.instant();
        String message = ApiFailures.describe(doing, e);
        if (e instanceof RateLimitedException rl) {
            pausedUntil = rl.retryAt();
            pauseReason = "Pinterest's rate limit was reached";
            LOG.info("Outbox paused by a rate limit until {}", rl.retryAt());
            persist(asQueued(job, rl.retryAt(), message));
            return false;
        }
        if (e.isTransient()) {
            if (job.attempts() >= options.maxAttempts()) {
                persist(job.failed(message + " — gave up after " + job.attempts() + " attempts", now));
                return true;
            }
            Instant retryAt = now.plus(backoff(job.attempts()));
            Instant settled = now.plus(options.reconcileDelay());
            if (job.sentAt() != null && settled.isAfter(retryAt)) {
                retryAt = settled; // it may have been created after all: look only once the server is done with it
            }
            persist(asQueued(job, retryAt, message));
            return true;
        }
        persist(job.failed(message, now));
        return true;
    }

    private static OutboxJob asQueued(OutboxJob job, Instant when, String message) {
        return job.retryLater(when, message);
    }

    private Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 16);
        Duration d = options.baseBackoff().multipliedBy(factor);
        return d.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : d;
    }

    /** Looks for the job's pin on its board (see the class comment for the matching rules). */
    private Optional<Pin> reconcile(PinterestClient client, OutboxJob job) {
        Set<String> claimed = new HashSet<>();
        for (OutboxJob other : jobs()) {
            if (!other.id().equals(job.id()) && other.pinId() != null) {
                claimed.add(other.pinId());
            }
        }
        Instant earliest = job.sentAt().minus(CLOCK_SKEW);
        PinText want = job.text().normalized();
        return client.boardPins(job.boardId()).withPageSize(Math.min(options.reconcileLookAt(), 100)).stream()
                .limit(options.reconcileLookAt())
                .filter(p -> !claimed.contains(p.id()))
                .filter(p -> p.createdAt() == null || !p.createdAt().isBefore(earliest))
                .filter(p -> job.sectionId() == null || job.sectionId().equals(p.sectionId()))
                .filter(p -> want.equals(new PinText(p.title(), p.description(), p.link(), p.altText()).normalized()))
                .findFirst();
    }

    private NewPin toNewPin(OutboxJob job) throws IOException {
        Path folder = store.folder(job.id());
        PinText t = job.text().normalized();
        MediaSource media;
        if (job.carousel()) {
            List<MediaSource.Base64Item> items = new ArrayList<>();
            for (OutboxJob.JobImage img : job.images()) {
                PinText it = img.text() == null ? PinText.EMPTY : img.text().normalized();
                items.add(new MediaSource.Base64Item(img.contentType(), base64(folder.resolve(img.file())),
                        it.title(), it.description(), it.link()));
            }
            media = new MediaSource.MultipleImageBase64(items, 0);
        } else {
            OutboxJob.JobImage img = job.images().get(0);
            media = new MediaSource.ImageBase64(img.contentType(), base64(folder.resolve(img.file())));
        }
        return new NewPin(job.boardId(), job.sectionId(), t.title(), t.description(), t.link(), t.altText(), media);
    }

    private static String base64(Path file) throws IOException {
        return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }

    // ---- journal --------------------------------------------------------------------------------------------

    private void update(String id, java.util.function.UnaryOperator<OutboxJob> change) {
        synchronized (workLock) {
            OutboxJob j = job(id).orElse(null);
            if (j != null) {
                persist(change.apply(j));
            }
        }
    }

    private void persist(OutboxJob job) {
        store.save(job);
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        notePublished(job);
        fire();
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("Outbox listener failed: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.shutdownNow();
            try {
                worker.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }
}
