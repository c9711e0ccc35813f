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
}
