package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The saved library's write queue: in order, one at a time, failures contained, and awaitable. */
class LibraryWritesTest {

    private final LibraryWrites writes = new LibraryWrites();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @Test
    void writesRunInTheOrderAskedEvenWhenAFastOneFollowsASlowOne() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writes.later("slow", () -> {
            slowStarted.countDown();
            await(release);
            done.add("slow");
        });
        writes.later("fast", () -> done.add("fast"));
        assertTrue(slowStarted.await(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(List.of(), done, "the fast one waits behind the slow one");
        release.countDown();
        writes.now("edit", () -> done.add("edit"));
        assertEquals(List.of("slow", "fast", "edit"), done, "now() returns after it and all before it");
    }

    @Test
    void laterReturnsAtOnceAndAwaitSaysWhetherEverythingLanded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        long t0 = System.nanoTime();
        writes.later("held", () -> {
            await(release);
            done.add("held");
        });
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "queued, not run, by the caller");
        assertFalse(writes.await(Duration.ofMillis(50)));
        release.countDown();
        assertTrue(writes.await(Duration.ofSeconds(5)));
        assertEquals(List.of("held"), done);
    }

    @Test
    void aFailedWriteIsLoggedAndTheNextOneStillRuns() throws Exception {
        writes.later("broken", () -> {
            throw new IOException("disk full");
        });
        writes.later("bug", () -> {
            throw new IllegalStateException("bug");
        });
        writes.now("next", () -> done.add("next"));
        assertEquals(List.of("next"), done);
        assertTrue(writes.await(Duration.ofSeconds(1)));
    }

    @Test
    void nothingQueuedIsAlreadySaved() throws Exception {
        assertTrue(writes.await(Duration.ZERO));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
