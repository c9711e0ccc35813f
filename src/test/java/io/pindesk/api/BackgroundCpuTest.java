package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The background-CPU gate: at most one gated thread per core, replies are parsed under the gate, and waiting
 * for it never happens while the reply is still on the network.
 */

class BackgroundCpuTest {

    @Test
    void oneThreadPerCoreAndAlwaysOne() {
        assertEquals(1, BackgroundCpu.permits(0));
        assertEquals(1, BackgroundCpu.permits(1));
        assertEquals(2, BackgroundCpu.permits(2));
        assertEquals(8, BackgroundCpu.permits(8));
        assertEquals(Runtime.getRuntime().availableProcessors(), BackgroundCpu.threads());
    }

    @Test
    void repliesAreParsedOnlyWhenACoreIsFree() throws Exception {
        AtomicInteger served = new AtomicInteger();
        try (StubServer stub = new StubServer(); PinterestClient client = TestClients.client(stub.base())) {
            stub.on("GET", "/boards/1/pins", (r, ex) -> {
                served.incrementAndGet();
                StubServer.json(ex, 200, PinPages.page(r, 10));
            });
            List<BackgroundCpu.Permit> held = new ArrayList<>();
            int all = BackgroundCpu.available();
            for (int i = 0; i < all; i++) {
                held.add(BackgroundCpu.acquire());
            }
            CompletableFuture<Page<Pin>> page = CompletableFuture.supplyAsync(
                    () -> client.boardPins("1").page(null));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (served.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, served.get(), "the request went out and was answered while the gate was closed");
            Thread.sleep(100);
            assertFalse(page.isDone(), "the reply waits for a free core before it is parsed");
            held.forEach(BackgroundCpu.Permit::close);
            assertEquals(10, page.get(5, TimeUnit.SECONDS).items().size());
            assertTrue(BackgroundCpu.available() == all, "every permit is returned");
        }
    }
}
