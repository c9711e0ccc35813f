package io.pindesk.ui.common;

import io.pindesk.media.ThumbnailCache;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;

/**
 * {@link ThumbnailSource} over the media {@link ThumbnailCache}: JavaFX images decoded at the requested width on a
 * few background threads. The newest request is served first (a LIFO queue), so while scrolling fast the cells
 * on screen get their images before the ones that already scrolled away.
 */
public final class FxThumbnails implements ThumbnailSource, AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final ThumbnailCache<Image> cache;

    public FxThumbnails(Path cacheDir) {
        this(cacheDir, ThumbnailCache.Options.DEFAULT);
    }

    public FxThumbnails(Path cacheDir, ThumbnailCache.Options options) {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(3, 3, 30, TimeUnit.SECONDS, new LifoQueue(), r -> {
            Thread t = new Thread(r, "thumbnails-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        this.executor.allowCoreThreadTimeOut(true);
        this.cache = new ThumbnailCache<>(cacheDir, options, new ThumbnailCache.Decoder<>() {
            @Override
            public Image decode(InputStream data, int width) {
                Image image = new Image(data, width, 0, true, true);
                if (image.isError()) {
                    throw new IllegalStateException("undecodable image");
                }
                return image;
            }

            @Override
            public long bytes(Image image) {
                // The decoded pixels, and once drawn about as much again for the renderer's texture copy.
                return (long) image.getWidth() * (long) image.getHeight() * 4L * 2L;
            }
        }, executor);
    }

    @Override
    public Image cached(String url, int pixels) {
        return cache.cached(url, pixels);
    }

    @Override
    public CompletableFuture<Image> load(String url, int pixels) {
        if (executor.isShutdown()) {
            // The app is closing while cells still ask for images: nothing to show, nothing to report.
            return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException("closing"));
        }
        try {
            return cache.load(url, pixels);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException("closing"));
        }
    }

    public long memoryBytesUsed() {
        return cache.memoryBytesUsed();
    }

    public int memoryEntries() {
        return cache.memoryEntries();
    }

    public long diskBytesUsed() {
        return cache.diskBytesUsed();
    }

    /** The memory and disk bounds. */
    public ThumbnailCache.Options bounds() {
        return cache.options();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        cache.close();
    }

    /** Newest first. */
    private static final class LifoQueue extends LinkedBlockingDeque<Runnable> {
        @Override
        public boolean offer(Runnable r) {
            return offerFirst(r);
        }
    }
}
