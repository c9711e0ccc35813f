package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered board spacing reaches each account's outbox, and a change made on an outbox is saved. */
class PublishingServicesSpacingTest {

    @TempDir Path data;

    @Test
    void spacingIsAppliedAndChangesAreSaved() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build());
                SandboxSession session = SandboxSession.allScopes(server)) {
            CurrentAccountHolder current = new CurrentAccountHolder();
            List<Duration> saved = new CopyOnWriteArrayList<>();
            try (PublishingServices publishing = new PublishingServices(data, Clock.systemUTC(), current)) {
                publishing.useBoardSpacing(Duration.ofMinutes(15), saved::add);
                current.set(session);
                PublishService outbox = publishing.current().orElseThrow().outbox();
                assertEquals(Duration.ofMinutes(15), outbox.boardSpacing());
                assertEquals(List.of(), saved, "applying the remembered value is not a change");

                outbox.setBoardSpacing(Duration.ofMinutes(40));
                assertEquals(List.of(Duration.ofMinutes(40)), saved);
                outbox.setBoardSpacing(Duration.ofMinutes(40));
                assertEquals(1, saved.size(), "the same value again saves nothing");
            }
        }
    }
}
