package io.pindesk.media;

/**
 * The limits the pipeline enforces before it spends memory on an image.
 *
 * @param maxFileBytes largest file or download accepted (Pinterest's own help pages name 20–32 MB;
 *                     sources are re-encoded, so a larger original is still fine up to this cap)
 * @param maxPixels    width × height cap read from the header before decoding: the decompression-bomb guard
 * @param longEdge     the prepared image's longest side is scaled down to this many pixels
 */
public record ImageLimits(long maxFileBytes, long maxPixels, int longEdge) {

    /** 40 MB, 120 megapixels, long edge 2000 px (pinterest-v5 §12: 2000–3000 px, well under 20 MB). */
    public static final ImageLimits DEFAULT = new ImageLimits(40L * 1024 * 1024, 120_000_000L, 2000);

    public ImageLimits {
        if (maxFileBytes <= 0 || maxPixels <= 0 || longEdge < 16) {
            throw new IllegalArgumentException("limits must be positive and the long edge at least 16 px");
        }
    }

    public ImageLimits withLongEdge(int edge) {
        return new ImageLimits(maxFileBytes, maxPixels, edge);
    }

    public ImageLimits withMaxFileBytes(long bytes) {
        return new ImageLimits(bytes, maxPixels, longEdge);
    }

    public ImageLimits withMaxPixels(long pixels) {
        return new ImageLimits(maxFileBytes, pixels, longEdge);
    }
}
