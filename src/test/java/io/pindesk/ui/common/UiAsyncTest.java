package io.pindesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UiAsyncTest {

    @Test
    void workRunsOnIoAndCallbacksOnUi() throws Exception {
        ExecutorService io = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-io"));
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
        try {
            AtomicReference<String> workThread = new AtomicReference<>();
            AtomicReference<String> callbackThread = new AtomicReference<>();
            AtomicReference<Integer> result = new AtomicReference<>();
            new UiAsync(io, ui).run(() -> {
                workThread.set(Thread.currentThread().getName());
                return 42;
            }, value -> {
                callbackThread.set(Thread.currentThread().getName());
                result.set(value);
            }, error -> { }).get();
            assertEquals("test-io", workThread.get());
            assertEquals("test-ui", callbackThread.get());
            assertEquals(42, result.get());
        } finally {
            io.shutdownNow();
            ui.shutdownNow();
        }
    }

    @Test
    void checkedFailuresArriveUnwrapped() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        UiAsync.direct().run(() -> {
            throw new IOException("offline");
        }, value -> { }, error::set);
        IOException e = assertInstanceOf(IOException.class, error.get());
        assertEquals("offline", e.getMessage());
    }

    @Test
    void directRunsOnTheCallersThread() {
        AtomicReference<Thread> seen = new AtomicReference<>();
        UiAsync.direct().run(Thread::currentThread, seen::set, e -> { });
        assertEquals(Thread.currentThread(), seen.get());
        assertNotEquals(null, seen.get());
    }

    @Test
    void handOverWaitsUntilTheUiHasDrawnWhatItWasHanded() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
        java.util.concurrent.BlockingQueue<Runnable> frames = new java.util.concurrent.LinkedBlockingQueue<>();
        try {
            java.util.List<Integer> counts = new java.util.ArrayList<>();
            UiAsync async = new UiAsync(Runnable::run, ui, (count, done) -> {
                counts.add(count);
                frames.add(done);
            });
            java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.CountDownLatch returned = new java.util.concurrent.CountDownLatch(1);
            Thread worker = new Thread(() -> {
                async.handOver(() -> ran.set(true), 3, java.time.Duration.ofSeconds(30));
                returned.countDown();
            });
            worker.start();
            Runnable frameDrawn = frames.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(true, ran.get(), "the action ran before the frames were asked for");
            assertEquals(java.util.List.of(3), counts);
            assertEquals(false, returned.await(100, java.util.concurrent.TimeUnit.MILLISECONDS),
                    "the worker waits for the frame");
            frameDrawn.run();
            assertEquals(true, returned.await(5, java.util.concurrent.TimeUnit.SECONDS));
            worker.join();
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void handOverGivesUpAfterItsLimitAndWithoutFramesOnlyPosts() {
        UiAsync neverDrawn = new UiAsync(Runnable::run, Runnable::run, (count, done) -> { });
        long start = System.nanoTime();
        neverDrawn.handOver(() -> { }, 1, java.time.Duration.ofMillis(50));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(true, waitedMs >= 45, "waited " + waitedMs + " ms");

        java.util.List<Runnable> posted = new java.util.ArrayList<>();
        new UiAsync(Runnable::run, posted::add).handOver(() -> { }, 1, java.time.Duration.ofSeconds(30));
        assertEquals(1, posted.size(), "posted, and returned without waiting for a UI that has not run it");
    }
}
