package io.pindesk.media;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes the first frame through ImageIO (TwelveMonkeys adds WebP), subsampled while reading when
 * the source is far larger than needed, so a 24-megapixel photo never exists in memory at full size
 * for a 2000-pixel pin. CMYK JPEGs, which the JDK decoder refuses, are read as a raw raster and
 * converted here.
 */
final class ImageDecoder {

    /** The decoded pixels plus what only the decoder learns (animation). */
    record Decoded(BufferedImage image, boolean animated) {}

    private ImageDecoder() {}

    /**
     * Subsampling factor: keep at least 1.5× the target long edge, so the final resize still has
     * real pixels to filter (point sampling straight to the target would alias fine detail).
     */
    static int subsampling(ImageHeader header, int longEdge) {
        int longest = Math.max(header.width(), header.height());
        return Math.max(1, (int) (longest / (1.5 * longEdge)));
    }

    static Decoded decode(ImageInputStream in, ImageHeader header, ImageLimits limits, String label) throws MediaException {
        ImageReader reader = readerFor(header.format(), label);
        try {
            boolean gif = header.format() == ImageFormat.GIF;
            reader.setInput(in, !gif, true); // GIF: seekable, to count frames after the first
            checkFrameSize(reader, header, limits, label);
            ImageReadParam param = reader.getDefaultReadParam();
            int s = subsampling(header, limits.longEdge());
            if (s > 1) {
                param.setSourceSubsampling(s, s, 0, 0);
            }
            if (header.isCmyk()) {
                return new Decoded(CmykConverter.toRgb(reader.readRaster(0, param), header.adobeTransform()), false);
            }
            BufferedImage image = reader.read(0, param);
            boolean animated = gif && reader.getNumImages(true) > 1;
            return new Decoded(image, animated);
        } catch (IOException | RuntimeException e) {
            // ImageIO plugins throw IndexOutOfBounds, IllegalArgument… on hostile files: never crash on them
            throw damaged(header, label, e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Second bomb guard, from the decoder's own header parsing: a GIF frame or an animated WebP
     * frame may declare a size far beyond the logical screen the first bytes announced.
     */
    private static void checkFrameSize(ImageReader reader, ImageHeader header, ImageLimits limits, String label)
            throws IOException, MediaException {
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > limits.maxPixels()) {
            throw new MediaException(MediaException.Reason.TOO_MANY_PIXELS, String.format(java.util.Locale.ROOT,
                    "%s is too large to open safely: its %s picture is %,d × %,d pixels (the limit is %d megapixels)",
                    label, header.format().displayName(), reader.getWidth(0), reader.getHeight(0),
                    limits.maxPixels() / 1_000_000));
        }
    }

    private static MediaException damaged(ImageHeader header, String label, Exception e) {
        return new MediaException(MediaException.Reason.DAMAGED,
                label + " looks like a " + header.format().displayName() + " image but can't be read (damaged or cut short)",
                e);
    }

    private static ImageReader readerFor(ImageFormat format, String label) throws MediaException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.key());
        if (!readers.hasNext()) {
            throw new MediaException(MediaException.Reason.UNSUPPORTED_FORMAT,
                    label + ": no " + format.displayName() + " decoder is installed in this copy of PinDesk");
        }
        return readers.next();
    }

    /** Naive CMYK→sRGB (no ICC profile): good enough for a pin; the caller warns that colours may shift. */
    static final class CmykConverter {
        private CmykConverter() {}

        static BufferedImage toRgb(Raster raster, int adobeTransform) {
            int w = raster.getWidth();
            int h = raster.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] px = new int[w * 4];
            int[] row = new int[w];
            boolean inverted = adobeTransform >= 0; // Adobe (Photoshop) stores 255 − ink
            for (int y = 0; y < h; y++) {
                raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, px);
                for (int x = 0; x < w; x++) {
                    int c = px[x * 4];
                    int m = px[x * 4 + 1];
                    int ye = px[x * 4 + 2];
                    int k = px[x * 4 + 3];
                    if (adobeTransform == 2) { // YCCK: the first three are YCbCr of the inverted CMY
                        int yy = c;
                        int cb = m - 128;
                        int cr = ye - 128;
                        c = 255 - clamp(yy + 1.402 * cr);
                        m = 255 - clamp(yy - 0.344136 * cb - 0.714136 * cr);
                        ye = 255 - clamp(yy + 1.772 * cb);
                    }
                    int r;
                    int g;
                    int b;
                    if (inverted) {
                        r = c * k / 255;
                        g = m * k / 255;
                        b = ye * k / 255;
                    } else {
                        r = (255 - c) * (255 - k) / 255;
                        g = (255 - m) * (255 - k) / 255;
                        b = (255 - ye) * (255 - k) / 255;
                    }
                    row[x] = r << 16 | g << 8 | b;
                }
                out.setRGB(0, y, w, 1, row, 0, w);
            }
            return out;
        }

        private static int clamp(double v) {
            return v < 0 ? 0 : v > 255 ? 255 : (int) Math.round(v);
        }
    }
}
