package io.pindesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts, outbox and board directory of the current account. The outbox worker runs as long as the
 * account is current (so scheduled pins fire while PinDesk runs, composer open or not) and stops when the
 * account changes or PinDesk exits; jobs stay journalled on disk either way.
 */
public final class PublishingServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingServices.class);

    /** One account's publishing services. */
    public record ForAccount(AccountSession session, DraftService drafts, PublishService outbox,
            BoardDirectory boards) {}

    private final Path dataDir;
    private final Clock clock;
    private final Runnable unsubscribe;
    private ForAccount active;
    // Not guarded by this object's lock: the outbox worker reads them from its listener, and holding the lock there
    // could deadlock with an account switch that waits for that worker to stop.
    private final java.util.concurrent.atomic.AtomicReference<Duration> boardSpacing =
            new java.util.concurrent.atomic.AtomicReference<>(Duration.ZERO);
    private volatile Consumer<Duration> spacingSaver = d -> { };

    public PublishingServices(Path dataDir, Clock clock, CurrentAccount current) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.unsubscribe = current.addListener(this::switchTo);
        current.current().ifPresent(s -> switchTo(Optional.of(s)));
    }

    /**
     * The minimum time between two pins to one board, for every account's outbox; a change made in the queue panel
     * (on an outbox) is handed to {@code saver} so it is remembered for the next start.
     */
    public synchronized void useBoardSpacing(Duration spacing, Consumer<Duration> saver) {
        this.boardSpacing.set(spacing);
        this.spacingSaver = saver;
        if (active != null) {
            active.outbox().setBoardSpacing(spacing);
        }
    }

    private void spacingMayHaveChanged(PublishService outbox) {
        Duration now = outbox.boardSpacing();
        Duration before = boardSpacing.getAndSet(now);
        if (!now.equals(before)) {
            spacingSaver.accept(now);
        }
    }

    public synchronized Optional<ForAccount> current() {
        return Optional.ofNullable(active);
    }

    private synchronized void switchTo(Optional<AccountSession> session) {
        if (active != null && session.isPresent() && active.session().accountKey().equals(session.get().accountKey())) {
            return;
        }
        stopActive();
        session.ifPresent(s -> {
            DraftService drafts = new DraftService(DraftService.draftsDir(dataDir, s.accountKey()), clock,
                    Duration.ofMillis(400));
            PublishService outbox = new PublishService(PublishService.outboxDir(dataDir, s.accountKey()), s, clock,
                    PublishService.Options.STANDARD);
            outbox.setBoardSpacing(boardSpacing.get());
            outbox.addListener(() -> spacingMayHaveChanged(outbox));
            outbox.start();
            active = new ForAccount(s, drafts, outbox, new ApiBoardDirectory(() -> s));
            LOG.info("Publishing services ready for account {}", s.accountKey());
        });
    }

    private void stopActive() {
        if (active != null) {
            active.outbox().close();
            active.drafts().close();
            active = null;
        }
    }

    @Override
    public synchronized void close() {
        unsubscribe.run();
        stopActive();
    }
}
