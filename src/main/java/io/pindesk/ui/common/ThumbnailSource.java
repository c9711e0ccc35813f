package io.pindesk.ui.common;

import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * Thumbnails for cells and cards, decoded {@code pixels} wide (the displayed width × the screen's output scale).
 * Loading never happens on the FX thread; the future completes on a background thread.
 */
public interface ThumbnailSource {

    /** An image already decoded at that size, or null. */
    Image cached(String url, int pixels);

    CompletableFuture<Image> load(String url, int pixels);

    /** No images at all (tests, or before the cache exists): cells keep their tinted placeholders. */
    static ThumbnailSource none() {
        return new ThumbnailSource() {
            @Override
            public Image cached(String url, int pixels) {
                return null;
            }

            @Override
            public CompletableFuture<Image> load(String url, int pixels) {
                return new CompletableFuture<>();
            }
        };
    }
}
