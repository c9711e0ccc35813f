package io.pindesk.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Good-quality downscaling with Java2D: halve with bilinear filtering while the image is at least
 * twice the target (each halving averages 2×2 pixels, so fine detail doesn't alias), then one
 * bicubic step to the exact size. A single bicubic step from far larger sizes skips pixels.
 */
final class Downscaler {

    private Downscaler() {}

    /** Size that fits {@code longEdge} on its longer side, never enlarging. */
    static int[] fit(int width, int height, int longEdge) {
        int longest = Math.max(width, height);
        if (longest <= longEdge) {
            return new int[] {width, height};
        }
        double f = (double) longEdge / longest;
        return new int[] {Math.max(1, (int) Math.round(width * f)), Math.max(1, (int) Math.round(height * f))};
    }

    /**
     * Scales {@code src} to {@code w × h} into an image of {@code type} (TYPE_INT_RGB or TYPE_INT_ARGB).
     * Returns {@code src} itself when it already has that size and type.
     */
    static BufferedImage scale(BufferedImage src, int w, int h, int type) {
        BufferedImage current = src;
        int cw = src.getWidth();
        int ch = src.getHeight();
        while (cw / 2 >= w && ch / 2 >= h) {
            cw /= 2;
            ch /= 2;
            current = draw(current, cw, ch, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (cw != w || ch != h || current.getType() != type) {
            current = draw(current, w, h, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, int type, Object interpolation) {
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
