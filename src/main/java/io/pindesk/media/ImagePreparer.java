package io.pindesk.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns any supported image into what Pinterest accepts: probe (caps before decoding), decode
 * (subsampled), scale to the long edge, turn upright per EXIF, and encode as JPEG (quality 0.9) or
 * PNG when real transparency exists. Re-encoding from pixels drops every other piece of metadata
 * (EXIF with GPS position, XMP, ICC, comments).
 *
 * <p>Blocking and CPU-heavy: call it on a background executor, never on the FX thread. Instances
 * hold no mutable state and may be shared between threads.
 */
public final class ImagePreparer {

    /** Long edge of the composer's preview copy: the preview pane is 236 px wide, list thumbnails 112 px. */
    public static final int PREVIEW_EDGE = 480;

    /** Pinterest's guidance: narrower images look blurry (pinterest-v5 §12). */
    public static final int MIN_RECOMMENDED_WIDTH = 600;
    private static final float JPEG_QUALITY = 0.9f;

    private final ImageLimits limits;
    private final ImageProbe probe;

    public ImagePreparer(ImageLimits limits) {
        this.limits = limits;
        this.probe = new ImageProbe(limits);
    }

    public ImagePreparer() {
        this(ImageLimits.DEFAULT);
    }

    public ImageLimits limits() {
        return limits;
    }

    public PreparedImage prepare(Path file) throws MediaException {
        return prepare(file, ImageProbe.label(file));
    }

    /** Prepares a file, naming it {@code label} in messages. */
    public PreparedImage prepare(Path file, String label) throws MediaException {
        ImageHeader header = probe.probe(file, label);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            return prepare(in, header, label);
        } catch (IOException e) {
            throw new MediaException(MediaException.Reason.IO, "can't read " + label + ": " + e.getMessage(), e);
        }
    }

    /** Prepares bytes in memory (a paste, a data: URL, a download); {@code label} names them in messages. */
    public PreparedImage prepare(byte[] bytes, String label) throws MediaException {
        ImageHeader header = probe.probe(bytes, label);
        return prepare(new ByteArrayImageInputStream(bytes), header, label);
    }

    private PreparedImage prepare(ImageInputStream in, ImageHeader header, String label) throws MediaException {
        ImageDecoder.Decoded decoded = ImageDecoder.decode(in, header, limits, label);
        BufferedImage image = decoded.image();
        boolean animated = decoded.animated();
        boolean alpha = image.getColorModel().hasAlpha();
        // Scale before rotating: rotation then touches the small image only. Fit on the stored axes
        // gives the same long edge as fitting the upright picture.
        int[] size = Downscaler.fit(header.width(), header.height(), limits.longEdge());
        if (image.getWidth() < size[0] || image.getHeight() < size[1]) {
            size = Downscaler.fit(image.getWidth(), image.getHeight(), limits.longEdge());
        }
        image = Downscaler.scale(image, size[0], size[1], alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        decoded = null; // drop the full-size decode so it can be collected while we encode
        image = ExifOrientation.apply(image, header.orientation());
        if (alpha && !hasTransparentPixel(image)) {
            image = Downscaler.scale(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            alpha = false;
        }
        ImageFormat out = alpha ? ImageFormat.PNG : ImageFormat.JPEG;
        Exposed buffer = encode(image, out, label);
        List<String> warnings = warnings(header, animated, image, out);
        byte[] preview = preview(image, out, label);
        return new PreparedImage(buffer.array(), buffer.size(), out, image.getWidth(), image.getHeight(), header, warnings,
                preview);
    }

    /** The composer's small copy: a few milliseconds from the scaled image, instead of a full decode later. */
    private static byte[] preview(BufferedImage image, ImageFormat format, String label) throws MediaException {
        int[] size = Downscaler.fit(image.getWidth(), image.getHeight(), PREVIEW_EDGE);
        BufferedImage small = Downscaler.scale(image, size[0], size[1], format == ImageFormat.PNG
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Exposed bytes = encode(small, format, label);
        return java.util.Arrays.copyOf(bytes.array(), bytes.size());
    }

    private static List<String> warnings(ImageHeader header, boolean animated, BufferedImage image, ImageFormat out) {
        List<String> warnings = new ArrayList<>();
        if (image.getWidth() < MIN_RECOMMENDED_WIDTH) {
            warnings.add(String.format(Locale.ROOT,
                    "The image is only %d px wide; Pinterest recommends at least %d px, smaller pins look blurry.",
                    image.getWidth(), MIN_RECOMMENDED_WIDTH));
        }
        if (image.getHeight() * 2L > image.getWidth() * 3L) {
            warnings.add(String.format(Locale.ROOT,
                    "The image is taller than 2:3 (%d × %d); Pinterest may cut it off in feeds.",
                    image.getWidth(), image.getHeight()));
        }
        ImageFormat from = header.format();
        if (from == ImageFormat.WEBP || from == ImageFormat.GIF || from == ImageFormat.BMP) {
            warnings.add("Converted from " + from.displayName() + " to " + out.displayName() + ".");
        }
        if (animated) {
            warnings.add("Only the first frame of the animated GIF is used.");
        }
        if (header.isCmyk()) {
            warnings.add("Converted from CMYK to RGB; colours may look slightly different.");
        }
        return warnings;
    }

    private static boolean hasTransparentPixel(BufferedImage argb) {
        int w = argb.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < argb.getHeight(); y++) {
            argb.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) {
                if (p >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Exposed encode(BufferedImage image, ImageFormat format, String label) throws MediaException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.key());
        ImageWriter writer = writers.next(); // the JDK always ships JPEG and PNG writers
        Exposed buffer = new Exposed(Math.max(64 * 1024, image.getWidth() * image.getHeight() / 3));
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(buffer)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param); // null metadata: nothing carried over
        } catch (IOException e) {
            throw new MediaException(MediaException.Reason.IO, "can't encode " + label + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return buffer;
    }

    /** Hands out its internal array, saving the final copy {@code toByteArray()} would make. */
    private static final class Exposed extends ByteArrayOutputStream {
        Exposed(int initial) {
            super(initial);
        }

        byte[] array() {
            return buf;
        }
    }
}
