package io.pindesk.media;

import io.pindesk.app.AppInfo;
import io.pindesk.domain.PinImage;
import io.pindesk.domain.PinImages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pin thumbnails: a bounded in-memory LRU of decoded images (counted in bytes) over a size-bounded disk cache of
 * downloaded files, fed by HttpClient 5 downloads with timeouts. Everything runs on the given executor, never on
 * the caller's thread, so the FX thread only ever gets finished images. The decoded type is the caller's (the UI
 * decodes to a JavaFX image at the size it shows), which keeps this package free of JavaFX.
 *
 * @param <T> decoded image type
 */
public final class ThumbnailCache<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailCache.class);

    /** Turns downloaded bytes into the displayed image, decoded {@code width} pixels wide. */
    public interface Decoder<T> {
        T decode(InputStream data, int width) throws Exception;

        /** Memory the decoded image holds, for the LRU bound. */
        long bytes(T image);
    }

    /** Limits and timeouts. */
    public record Options(long memoryBytes, long diskBytes, long maxImageBytes, Duration connectTimeout,
            Duration responseTimeout, int maxConnections) {
        public static final Options DEFAULT = new Options(80L << 20, 512L << 20, 16L << 20, Duration.ofSeconds(5),
                Duration.ofSeconds(15), 6);
    }

    private final Path dir;
    private final Options options;
    private final Decoder<T> decoder;
    private final Executor executor;
    private final CloseableHttpClient http;
    private final LinkedHashMap<String, T> memory = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, CompletableFuture<T>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong diskBytes = new AtomicLong(-1);
    private long memoryBytes;

    public ThumbnailCache(Path dir, Options options, Decoder<T> decoder, Executor executor) {
        this.dir = dir;
        this.options = options;
        this.decoder = decoder;
        this.executor = executor;
        Timeout connect = Timeout.of(options.connectTimeout());
        Timeout response = Timeout.of(options.responseTimeout());
        this.http = HttpClients.custom()
                .disableAutomaticRetries() // a thumbnail that failed is simply tried again when shown again
                .disableCookieManagement()
                .setUserAgent(AppInfo.userAgent())
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(options.maxConnections())
                        .setMaxConnPerRoute(options.maxConnections())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect).setSocketTimeout(response).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect).setResponseTimeout(response).build())
                .build();
    }

    /**
     * The smallest rendition at least {@code displayWidth × scale} pixels wide (else the largest), so a HiDPI
     * screen gets sharp thumbnails and a normal one does not download more than it shows.
     */
    public static Optional<PinImage> pick(PinImages images, double displayWidth, double scale) {
        int needed = (int) Math.ceil(displayWidth * Math.max(1.0, scale));
        Optional<PinImage> best = Optional.empty();
        for (Map.Entry<String, PinImage> e : images.renditions().entrySet()) {
            PinImage i = e.getValue();
            // 150x150 and 400x300 are crops, not the whole picture: only proportional renditions fit a masonry cell.
            if (e.getKey().equals("150x150") || e.getKey().equals("400x300") || i.width() == null) {
                continue;
            }
            if (i.width() >= needed && (best.isEmpty() || i.width() < best.get().width())) {
                best = Optional.of(i);
            }
        }
        return best.isPresent() ? best : images.largest();
    }

    /** A decoded image already in memory, or null: lets a recycled cell show it without a frame of placeholder. */
    public T cached(String url, int width) {
        synchronized (memory) {
            return memory.get(key(url, width));
        }
    }

    /**
     * The image at {@code url} decoded {@code width} pixels wide. Cancelling the returned future before its turn
     * skips the download (a cell scrolled away).
     */
    public CompletableFuture<T> load(String url, int width) {
        String key = key(url, width);
        T hit = cached(url, width);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        return inFlight.computeIfAbsent(key, k -> {
            CompletableFuture<T> future = new CompletableFuture<>();
            future.whenComplete((v, e) -> inFlight.remove(k, future));
            executor.execute(() -> {
                if (future.isDone()) {
                    return;
                }
                try {
                    T image = fetch(url, width);
                    remember(k, image);
                    inFlight.remove(k, future);
                    future.complete(image);
                } catch (Exception | OutOfMemoryError e) {
                    // Leave the in-flight table before waking the waiters: a caller that asks again right
                    // after a failure must get a fresh attempt, not this failed future.
                    inFlight.remove(k, future);
                    future.completeExceptionally(e);
                }
            });
            return future;
        });
    }

    public long memoryBytesUsed() {
        synchronized (memory) {
            return memoryBytes;
        }
    }

    /** Decoded images held in memory now. */
    public int memoryEntries() {
        synchronized (memory) {
            return memory.size();
        }
    }

    /** Bytes of downloaded files on disk, as counted since the first download (0 before it). */
    public long diskBytesUsed() {
        return Math.max(0, diskBytes.get());
    }

    /** The bounds this cache keeps to. */
    public Options options() {
        return options;
    }

    private T fetch(String url, int width) throws Exception {
        Path file = dir.resolve(hash(url) + ".img");
        if (!Files.isRegularFile(file)) {
            download(url, file);
        } else {
            try {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // LRU on disk
            } catch (IOException ignored) {
                // only the eviction order suffers
            }
        }
        InputStream opened;
        try {
            opened = Files.newInputStream(file);
        } catch (java.nio.file.NoSuchFileException e) {
            download(url, file); // evicted from disk between the check and the read
            opened = Files.newInputStream(file);
        }
        try (InputStream in = opened) {
            T image = decoder.decode(in, width);
            if (image == null) {
                throw new IOException("not a readable image");
            }
            return image;
        } catch (Exception e) {
            Files.deleteIfExists(file); // a damaged download must not stick
            throw e;
        }
    }

    private void download(String url, Path file) throws IOException {
        URI uri = URI.create(url);
        if (!WebAddresses.isHttp(uri)) {
            throw new IOException("not an http(s) address");
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "dl", ".part");
        try {
            long size = http.execute(new HttpGet(uri), response -> {
                if (response.getCode() != 200) {
                    throw new IOException("HTTP " + response.getCode());
                }
                HttpEntity entity = response.getEntity();
                try (InputStream in = entity.getContent()) {
                    return Files.copy(new LimitedStream(in, options.maxImageBytes()), tmp,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            });
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            addDisk(size, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void remember(String key, T image) {
        synchronized (memory) {
            T old = memory.put(key, image);
            memoryBytes += decoder.bytes(image) - (old == null ? 0 : decoder.bytes(old));
            Iterator<Map.Entry<String, T>> eldest = memory.entrySet().iterator();
            while (memoryBytes > options.memoryBytes() && eldest.hasNext() && memory.size() > 1) {
                memoryBytes -= decoder.bytes(eldest.next().getValue());
                eldest.remove();
            }
        }
    }

    private void addDisk(long size, Path justWritten) {
        if (diskBytes.get() < 0) {
            diskBytes.compareAndSet(-1, scanDisk());
        } else {
            diskBytes.addAndGet(size);
        }
        if (diskBytes.get() > options.diskBytes()) {
            trimDisk(justWritten);
        }
    }

    private long scanDisk() {
        long total = 0;
        for (Path f : files()) {
            try {
                total += Files.size(f);
            } catch (IOException ignored) {
                // vanished meanwhile
            }
        }
        return total;
    }

    /** Deletes the least recently used files (never the one just written) until the cache is 80 % of its bound. */
    private synchronized void trimDisk(Path keep) {
        List<Path> all = files();
        all.sort((a, b) -> lastModified(a).compareTo(lastModified(b)));
        long total = scanDisk();
        long target = options.diskBytes() * 8 / 10;
        for (Path f : all) {
            if (total <= target) {
                break;
            }
            if (f.equals(keep)) {
                continue;
            }
            try {
                long size = Files.size(f);
                Files.deleteIfExists(f);
                total -= size;
            } catch (IOException e) {
                LOG.debug("Could not evict {}: {}", f.getFileName(), e.toString());
            }
        }
        diskBytes.set(total);
    }

    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.img")) {
            s.forEach(out::add);
        } catch (IOException e) {
            LOG.debug("Could not list the thumbnail cache: {}", e.toString());
        }
        return out;
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String key(String url, int width) {
        return width + "@" + url;
    }

    private static String hash(String url) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("Closing the thumbnail client: {}", e.toString());
        }
    }

    /** Stops a download that grows past the bound. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("image larger than allowed");
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new IOException("image larger than allowed");
            }
            return n;
        }
    }
}
