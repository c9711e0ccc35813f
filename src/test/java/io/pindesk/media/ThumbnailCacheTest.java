package io.pindesk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.pindesk.domain.PinImage;
import io.pindesk.domain.PinImages;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ThumbnailCache against a loopback image server; "decoding" keeps the bytes so sizes are exact. */
class ThumbnailCacheTest {

    @TempDir Path dir;
    private HttpServer server;
    private final AtomicInteger downloads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    private final ThumbnailCache.Decoder<byte[]> bytes = new ThumbnailCache.Decoder<>() {
        @Override
        public byte[] decode(InputStream data, int width) throws Exception {
            byte[] all = data.readAllBytes();
            if (all.length > 0 && all[0] == 'X') {
                return null; // "undecodable"
            }
            return all;
        }

        @Override
        public long bytes(byte[] image) {
            return image.length;
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            downloads.incrementAndGet();
            String name = ex.getRequestURI().getPath();
            int size = Integer.parseInt(name.substring(name.lastIndexOf('/') + 1).replaceAll("\\D", ""));
            byte[] body = new byte[size];
            if (name.contains("bad")) {
                body[0] = 'X';
            }
            ex.sendResponseHeaders(name.contains("missing") ? 404 : 200, name.contains("missing") ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                if (!name.contains("missing")) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private ThumbnailCache<byte[]> cache(long memory, long disk) {
        return new ThumbnailCache<>(dir, new ThumbnailCache.Options(memory, disk, 1 << 20, Duration.ofSeconds(2),
                Duration.ofSeconds(2), 4), bytes, executor);
    }

    @Test
    void picksTheSmallestProportionalRenditionThatCoversTheDisplayedSizeTimesTheScale() {
        PinImages images = new PinImages(Map.of(
                "150x150", new PinImage("a", 150, 150),
                "400x300", new PinImage("b", 400, 300),
                "600x", new PinImage("c", 600, 900),
                "1200x", new PinImage("d", 1200, 1800)));
        assertEquals("c", ThumbnailCache.pick(images, 236, 1.0).orElseThrow().url());
        assertEquals("d", ThumbnailCache.pick(images, 400, 2.0).orElseThrow().url(), "HiDPI needs 800 px");
        assertEquals("d", ThumbnailCache.pick(images, 2000, 1.0).orElseThrow().url(), "else the largest");
    }

    @Test
    void downloadsOnceThenServesFromMemoryAndFromDiskAfterARestart() throws Exception {
        try (ThumbnailCache<byte[]> cache = cache(1 << 20, 1 << 20)) {
            assertEquals(1000, cache.load(url("p1000"), 236).get(5, TimeUnit.SECONDS).length);
            assertNotNull(cache.cached(url("p1000"), 236));
            cache.load(url("p1000"), 236).get(5, TimeUnit.SECONDS);
            assertEquals(1, downloads.get());
        }
        try (ThumbnailCache<byte[]> restarted = cache(1 << 20, 1 << 20)) {
            assertNull(restarted.cached(url("p1000"), 236));
            restarted.load(url("p1000"), 236).get(5, TimeUnit.SECONDS);
            assertEquals(1, downloads.get(), "the disk copy was used");
        }
    }

    @Test
    void memoryAndDiskStayWithinTheirBounds() throws Exception {
        try (ThumbnailCache<byte[]> cache = cache(25_000, 60_000)) {
            for (int i = 0; i < 20; i++) {
                cache.load(url("n" + i + "/10000"), 100).get(5, TimeUnit.SECONDS);
                assertTrue(cache.memoryBytesUsed() <= 25_000, "memory " + cache.memoryBytesUsed());
            }
            assertNull(cache.cached(url("n0/10000"), 100), "the oldest left memory");
            assertNotNull(cache.cached(url("n19/10000"), 100));
            long onDisk;
            try (Stream<Path> files = Files.list(dir)) {
                onDisk = files.mapToLong(p -> p.toFile().length()).sum();
            }
            assertTrue(onDisk <= 60_000 + 10_010, "disk " + onDisk);
        }
    }

    @Test
    void failuresAreReportedAndNotCached() throws Exception {
        try (ThumbnailCache<byte[]> cache = cache(1 << 20, 1 << 20)) {
            assertThrows(ExecutionException.class, () -> cache.load(url("missing1"), 10).get(5, TimeUnit.SECONDS));
            assertThrows(ExecutionException.class, () -> cache.load(url("bad10"), 10).get(5, TimeUnit.SECONDS));
            cache.load(url("bad10"), 10).exceptionally(e -> null).get(5, TimeUnit.SECONDS);
            assertEquals(3, downloads.get(), "a damaged file is not kept on disk");
            assertThrows(ExecutionException.class, () -> cache.load("file:///etc/passwd", 10).get(5, TimeUnit.SECONDS));
        }
    }
}
