package io.pindesk.api;

import io.pindesk.domain.Pin;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a full bookmark walk over 1,000 pins through the production client stack (HttpClient 5 pool, pacer,
 * streaming JSON parse, DTO → domain mapping) against an in-process loopback server.
 *
 * <p>Run: {@code mvn -o -q test-compile exec:java -Dexec.mainClass=io.pindesk.api.PagingBench
 * -Dexec.classpathScope=test} (optional args: pins, runs, latencyMillis). Prints figures; asserts nothing.
 */
public final class PagingBench {

    private PagingBench() {}

    public static void main(String[] args) throws Exception {
        int pins = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int latency = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.out.printf(Locale.ROOT, "PagingBench: %d pins, %d measured runs per case, JDK %s, %d CPUs%n", pins, runs,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (int pageSize : new int[] {250, 100, 25}) {
            run(pins, runs, pageSize, 0);
        }
        for (int pageSize : new int[] {250, 25}) {
            run(pins, Math.max(3, runs / 5), pageSize, latency);
        }
    }

    private static void run(int total, int runs, int pageSize, int latencyMillis) throws Exception {
        AtomicLong bytes = new AtomicLong();
        try (StubServer stub = new StubServer()) {
            stub.on("GET", "/boards/1/pins", (r, ex) -> {
                if (latencyMillis > 0) {
                    try {
                        Thread.sleep(latencyMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                String body = PinPages.page(r, total);
                bytes.addAndGet(body.length());
                StubServer.json(ex, 200, body);
            });
            try (PinterestClient client = PinterestClient.builder(stub.base())
                    .tokens(AccessTokenSource.fixed("pina_bench")).pacers(Pacers.standard()).build()) {
                for (int i = 0; i < 5; i++) { // warm-up: JIT, connection pool
                    walk(client, pageSize, total);
                }
                bytes.set(0);
                int before = stub.requests().size();
                com.sun.management.ThreadMXBean mx =
                        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                long tid = Thread.currentThread().getId();
                List<Long> nanos = new ArrayList<>();
                long allocated = 0;
                for (int i = 0; i < runs; i++) {
                    long a0 = mx.getThreadAllocatedBytes(tid);
                    long t0 = System.nanoTime();
                    walk(client, pageSize, total);
                    nanos.add(System.nanoTime() - t0);
                    allocated += mx.getThreadAllocatedBytes(tid) - a0;
                }
                int requests = (stub.requests().size() - before) / runs;
                Collections.sort(nanos);
                double median = nanos.get(nanos.size() / 2) / 1e6;
                double p95 = nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(nanos.size() * 0.95) - 1)) / 1e6;
                double min = nanos.get(0) / 1e6;
                System.out.printf(Locale.ROOT,
                        "page_size=%3d latency=%2d ms: %2d requests/walk, %6.1f KB JSON/walk, median %7.1f ms, "
                                + "p95 %7.1f ms, min %7.1f ms, %8.0f pins/s, client allocs %5.1f MB/walk%n",
                        pageSize, latencyMillis, requests, bytes.get() / 1024.0 / runs, median, p95, min,
                        total / (median / 1000), allocated / 1e6 / runs);
            }
        }
    }

    private static void walk(PinterestClient client, int pageSize, int expected) {
        long n = client.boardPins("1").withPageSize(pageSize).stream().mapToLong(PagingBench::weight).count();
        if (n != expected) {
            throw new IllegalStateException("walked " + n + " pins, expected " + expected);
        }
    }

    private static long weight(Pin p) {
        return p.images().renditions().size();
    }

}
