package io.pindesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.HttpSettings;
import io.pindesk.api.Pacers;
import io.pindesk.api.RetryPolicy;
import io.pindesk.service.CancelSignal;
import io.pindesk.service.LibraryService;
import io.pindesk.service.SandboxSession;
import io.pindesk.store.LibraryCache;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' sandbox child: warmed by its own syncs, then serving with the latency it was asked for. */
class SandboxProcessTest {

    @Test
    void aWarmedChildServesItsWholeLibraryWithTheRequestedLatency(@TempDir Path tmp) throws Exception {
        try (SandboxProcess server = SandboxProcess.start(tmp.resolve("sandbox"), 3, 40, Duration.ofMillis(60),
                "256m", 2)) {
            SandboxSession session = SandboxSession.minted(server.apiBase(), server.token(), RetryPolicy.STANDARD,
                    Pacers.unspaced(8), HttpSettings.STANDARD);
            LibraryService library = new LibraryService(session, new LibraryCache(tmp.resolve("library")));
            var result = library.sync(p -> { }, new CancelSignal());
            assertEquals(3, result.boards());
            assertEquals(120, result.pins(), "the warm-up changed nothing the app then reads");

            long t0 = System.nanoTime();
            session.client().boards().page(null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 60, "the latency, off while warming, is back on: " + ms + " ms");
            assertTrue(library.awaitSaved(Duration.ofSeconds(10)));
        }
    }
}
