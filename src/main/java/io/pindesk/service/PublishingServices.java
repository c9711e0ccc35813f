package io.pindesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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

    public PublishingServices(Path dataDir, Clock clock, CurrentAccount current) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.unsubscribe = current.addListener(this::switchTo);
        current.current().ifPresent(s -> switchTo(Optional.of(s)));
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
