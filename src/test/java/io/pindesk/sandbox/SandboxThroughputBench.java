package io.pindesk.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Paged GETs per second against the sandbox (issue 4 goal: 500/s at page_size 250 on 2 cores), no latency.
 * Every request fetches a full 250-pin page of a 30×500 library and follows bookmarks, like a sync would.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * io.pindesk.sandbox.SandboxThroughputBench [seconds] [client threads]}
 */
public final class SandboxThroughputBench {

    private SandboxThroughputBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.sized(30, 500))
                .threads(8).build());
                CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries()
                        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                                .setMaxConnTotal(threads).setMaxConnPerRoute(threads).build()).build()) {
            String token = server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
            List<Long> boards = new ArrayList<>(server.library.boards.keySet());
            String base = server.apiBase().toString();
            LongAdder requests = new LongAdder();
            LongAdder bytes = new LongAdder();
            LongAdder failures = new LongAdder();
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int offset = t;
                pool.execute(() -> {
                    int b = offset;
                    String bookmark = null;
                    while (!stop.get()) {
                        String url = base + "/boards/" + boards.get(b % boards.size()) + "/pins?page_size=250"
                                + (bookmark == null ? "" : "&bookmark=" + bookmark);
                        HttpGet get = new HttpGet(url);
                        get.setHeader("Authorization", "Bearer " + token);
                        try {
                            byte[] body = http.execute(get, r -> {
                                if (r.getCode() != 200) {
                                    throw new IllegalStateException("HTTP " + r.getCode());
                                }
                                return EntityUtils.toByteArray(r.getEntity());
                            });
                            JsonObject page = bookmarkOnly(body);
                            bookmark = page == null ? null : page.get("bookmark").getAsString();
                            if (bookmark == null) {
                                b += threads;
                            }
                            if (measuring.get()) {
                                requests.increment();
                                bytes.add(body.length);
                            }
                        } catch (Exception e) {
                            failures.increment();
                        }
                    }
                });
            }
            Thread.sleep(3000); // warm-up: JIT, caches of pin JSON
            measuring.set(true);
            long start = System.nanoTime();
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            measuring.set(false);
            double elapsed = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            System.out.printf("sandbox throughput: %.0f paged GET/s (page_size 250, %d client threads, %d s, %d cores),"
                    + " %.1f MB/s, %d failures%n", requests.sum() / elapsed, threads, seconds,
                    Runtime.getRuntime().availableProcessors(), bytes.sum() / elapsed / 1e6, failures.sum());
            double perSecond = requests.sum() / elapsed;
            new io.pindesk.bench.BenchFigure("sandbox-throughput", "Sandbox: paged GETs per second (250 pins each)",
                    perSecond, "GET/s", null, null, null, "≥ 500 GET/s", perSecond >= 500 && failures.sum() == 0,
                    threads + " client threads, " + seconds + " s, 30×500 library, no latency, "
                            + failures.sum() + " failures").print();
        }
    }

    /** Parses only the tail of the page, where the bookmark is, so the client measures the server, not Gson. */
    private static JsonObject bookmarkOnly(byte[] body) {
        String tail = new String(body, Math.max(0, body.length - 200), Math.min(200, body.length), StandardCharsets.UTF_8);
        int i = tail.lastIndexOf("\"bookmark\":");
        String value = tail.substring(i + "\"bookmark\":".length(), tail.length() - 1);
        if (value.equals("null")) {
            return null;
        }
        return JsonParser.parseString("{\"bookmark\":" + value + "}").getAsJsonObject();
    }
}
