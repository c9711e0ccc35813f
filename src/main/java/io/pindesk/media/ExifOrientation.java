package io.pindesk.media;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Optional;

/**
 * The EXIF orientation tag (0x0112): cameras store the sensor's pixels as shot and record how to
 * turn them. Decoders ignore it, so a phone portrait would otherwise be pinned lying on its side.
 */
final class ExifOrientation {

    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {}

    /** Reads the orientation from a JPEG APP1 payload ("Exif\0\0" + TIFF structure); empty if absent or damaged. */
    static Optional<Integer> fromApp1(byte[] p) {
        if (p.length < 14 || p[0] != 'E' || p[1] != 'x' || p[2] != 'i' || p[3] != 'f' || p[4] != 0 || p[5] != 0) {
            return Optional.empty();
        }
        int t = 6; // TIFF header start; offsets below are relative to it
        boolean little;
        if (p[t] == 'I' && p[t + 1] == 'I') {
            little = true;
        } else if (p[t] == 'M' && p[t + 1] == 'M') {
            little = false;
        } else {
            return Optional.empty();
        }
        long ifd = u32(p, t + 4, little);
        if (ifd < 8 || t + ifd + 2 > p.length) {
            return Optional.empty();
        }
        int at = (int) (t + ifd);
        int entries = u16(p, at, little);
        for (int i = 0; i < entries; i++) {
            int e = at + 2 + i * 12;
            if (e + 12 > p.length) {
                break;
            }
            if (u16(p, e, little) == TAG_ORIENTATION) {
                int value = u16(p, e + 8, little); // SHORT, stored left-aligned in the value field
                return value >= 1 && value <= 8 ? Optional.of(value) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Returns the image turned/flipped upright; the same instance when orientation is 1 or unknown. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, src.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int u16(byte[] p, int at, boolean little) {
        return little ? (p[at] & 0xFF) | (p[at + 1] & 0xFF) << 8 : (p[at] & 0xFF) << 8 | (p[at + 1] & 0xFF);
    }

    private static long u32(byte[] p, int at, boolean little) {
        long lo = u16(p, little ? at : at + 2, little);
        long hi = u16(p, little ? at + 2 : at, little);
        return hi << 16 | lo;
    }
}
