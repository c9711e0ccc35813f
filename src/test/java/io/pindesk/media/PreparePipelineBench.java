package io.pindesk.media;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drop → request body ready for a 24-megapixel JPEG: parse the drop, probe, decode (subsampled),
 * scale, encode, stream the base64 body into a counting sink. Prints time and peak heap; asserts
 * nothing about speed (the machine is shared). Run it with
 * {@code mvn -B -o -q test -Pbench -Dtest=PreparePipelineBench} or as a main class.
 */
@Tag("bench")
class PreparePipelineBench {

    private static final int WIDTH = 6000;
    private static final int HEIGHT = 4000;
    private static final int RUNS = 5;

    @Test
    void run() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("pindesk-bench");
        Path photo = dir.resolve("IMG_24MP.jpg");
        Files.write(photo, TestImages.withExifOrientation(TestImages.jpeg(photoLike(WIDTH, HEIGHT), 0.92f), 6));
        long fileSize = Files.size(photo);
        long decodedRgb = (long) WIDTH * HEIGHT * 3;
        HttpServer server = serve(photo);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/IMG_24MP.jpg";
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        print("source: %d×%d JPEG, %.1f MB on disk, %.0f MB as decoded 8-bit RGB; max heap %d MB; %d cores",
                WIDTH, HEIGHT, fileSize / 1e6, decodedRgb / 1e6, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        java.util.List<Long> fileMillis = new java.util.ArrayList<>();
        java.util.List<Double> fileHeapFactors = new java.util.ArrayList<>();
        long worstExtraHeap = 0;
        try (ImagePipeline pipeline = ImagePipeline.create(ImageLimits.DEFAULT, "PinDesk-bench", dir)) {
            for (String kind : new String[] {"file", "url"}) {
                for (int run = 0; run <= RUNS; run++) {
                    DropData drop = kind.equals("file")
                            ? DropData.builder().files(List.of(photo)).build()
                            : DropData.builder().html("<img src=\"" + url + "\">").build();
                    System.gc();
                    long baseline = used(heap);
                    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                    long gcBefore = gcCount();
                    long start = System.nanoTime();
                    DropResult result = DropPayload.parse(drop);
                    PreparedImage image = pipeline.prepare(result.items().get(0).source());
                    CountingSink sink = new CountingSink();
                    image.writeBase64(sink);
                    long nanos = System.nanoTime() - start;
                    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                    if (kind.equals("file") && run > 0) {
                        fileMillis.add(nanos / 1_000_000);
                        fileHeapFactors.add((peak - baseline) / (double) decodedRgb);
                        worstExtraHeap = Math.max(worstExtraHeap, peak - baseline);
                    }
                    print("%s %s: %4d ms  peak heap %4d MB (+%d MB over baseline, %.1f× decoded size)  GCs %d  → %d×%d %s,"
                                    + " %.2f MB, base64 body %.2f MB",
                            kind, run == 0 ? "warm-up" : "run " + run, nanos / 1_000_000, peak >> 20, (peak - baseline) >> 20,
                            (peak - baseline) / (double) decodedRgb, gcCount() - gcBefore, image.width(), image.height(),
                            image.contentType(), image.size() / 1e6, sink.count / 1e6);
                }
            }
            java.util.Collections.sort(fileMillis);
            double medianMs = fileMillis.get(fileMillis.size() / 2);
            double worstFactor = fileHeapFactors.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            new io.pindesk.bench.BenchFigure("publish-time", "Publish pipeline: 24 MP JPEG drop to body ready",
                    medianMs, "ms", null, null, null, "≤ 1000 ms", medianMs <= 1000,
                    "median of " + RUNS + " runs from a local file; runs " + fileMillis + " ms").print();
            new io.pindesk.bench.BenchFigure("publish-heap", "Publish pipeline: peak heap over baseline",
                    worstExtraHeap / 1e6, "MB", "decoded image (8-bit RGB)", decodedRgb / 1e6, worstFactor,
                    "≤ 3× decoded size", worstFactor <= 3.0,
                    "worst of " + RUNS + " runs; sum of heap pools' peaks, so an over-estimate").print();
        } finally {
            server.stop(0);
            Files.deleteIfExists(photo);
            Files.deleteIfExists(dir);
        }
    }

    /** Gradient plus sensor-like noise: compresses like a camera photo (several MB), unlike a flat test card. */
    private static java.awt.image.BufferedImage photoLike(int w, int h) {
        java.awt.image.BufferedImage img = TestImages.gradient(w, h);
        java.util.Random random = new java.util.Random(1);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(48) - 24;
                int r = clamp((row[x] >> 16 & 0xFF) + n);
                int g = clamp((row[x] >> 8 & 0xFF) + n);
                int b = clamp((row[x] & 0xFF) + random.nextInt(48) - 24);
                row[x] = r << 16 | g << 8 | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static HttpServer serve(Path photo) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/IMG_24MP.jpg", ex -> {
            ex.getResponseHeaders().set("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, Files.size(photo));
            try (OutputStream out = ex.getResponseBody()) {
                Files.copy(photo, out);
            }
        });
        server.start();
        return server;
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
    }

    @SuppressWarnings("PMD.SystemPrintln") // a benchmark main prints its figures
    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
