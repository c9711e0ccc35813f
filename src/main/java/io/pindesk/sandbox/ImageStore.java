package io.pindesk.sandbox;

import io.pindesk.store.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Image bytes: uploaded originals (kept), and renditions and drawn demo originals (generated on first request,
 * then cached on disk or, without a data folder, in a bounded memory cache). Everything written atomically.
 */
final class ImageStore {

    private static final long MEMORY_CACHE_BYTES = 96L * 1024 * 1024;

    private final Path dir;
    private final Map<String, byte[]> uploadedInMemory = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, byte[]> cache = new LinkedHashMap<>(256, 0.75f, true);
    private long cacheBytes;

    ImageStore(Path dataDir) {
        this.dir = dataDir == null ? null : dataDir.resolve("images");
    }

    void storeOriginal(PinImage img, byte[] bytes) throws IOException {
        if (dir == null) {
            uploadedInMemory.put(img.id, bytes);
        } else {
            Path target = dir.resolve("originals").resolve(img.id + "." + img.format);
            if (!Files.exists(target)) {
                AtomicFiles.write(target, bytes);
            }
        }
    }

    byte[] original(PinImage img) throws IOException {
        if (!img.drawn) {
            byte[] b = dir == null ? uploadedInMemory.get(img.id)
                    : readIfExists(dir.resolve("originals").resolve(img.id + "." + img.format));
            if (b == null) {
                throw new IOException("original image " + img.id + " is missing");
            }
            return b;
        }
        return cached("originals/" + img.id + ".jpg", () -> jpeg(DemoArt.draw(img.drawSeed, img.width, img.height)));
    }

    byte[] rendition(PinImage img, String rendition) throws IOException {
        if (rendition.equals("originals")) {
            return original(img);
        }
        return cached(rendition + "/" + img.id + ".jpg", () -> {
            int[] size = JsonViews.renditionSize(rendition, img.width, img.height);
            boolean crop = !rendition.endsWith("x");
            if (img.drawn) {
                // Draw just big enough to cover the rendition: a thumbnail costs a thumbnail, not an original.
                double f = crop ? Math.max(size[0] / (double) img.width, size[1] / (double) img.height)
                        : size[0] / (double) img.width;
                int w = Math.max(size[0], (int) Math.ceil(img.width * f));
                int h = Math.max(size[1], (int) Math.ceil(img.height * f));
                BufferedImage drawn = DemoArt.draw(img.drawSeed, w, h);
                return jpeg(w == size[0] && h == size[1] ? drawn : scale(drawn, size[0], size[1], crop));
            }
            return jpeg(scale(decode(original(img)), size[0], size[1], crop));
        });
    }

    byte[] avatar() throws IOException {
        return cached("avatar.png", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                ImageIO.write(DemoArt.draw(7, 150, 150), "png", ios);
            }
            return out.toByteArray();
        });
    }

    /** The average colour, as Pinterest's {@code dominant_color} hex. */
    static String dominantColor(BufferedImage img) {
        BufferedImage small = scale(img, 8, 8, false);
        long r = 0;
        long g = 0;
        long b = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int rgb = small.getRGB(x, y);
                r += (rgb >> 16) & 0xFF;
                g += (rgb >> 8) & 0xFF;
                b += rgb & 0xFF;
            }
        }
        return String.format("#%02X%02X%02X", r / 64, g / 64, b / 64);
    }

    private interface Producer {
        byte[] produce() throws IOException;
    }

    private byte[] cached(String key, Producer producer) throws IOException {
        if (dir != null) {
            Path file = dir.resolve("cache").resolve(key);
            byte[] existing = readIfExists(file);
            if (existing != null) {
                return existing;
            }
            byte[] made = producer.produce();
            AtomicFiles.write(file, made);
            return made;
        }
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] made = producer.produce();
        synchronized (cache) {
            if (cache.put(key, made) == null) {
                cacheBytes += made.length;
            }
            var it = cache.entrySet().iterator();
            while (cacheBytes > MEMORY_CACHE_BYTES && it.hasNext()) {
                cacheBytes -= it.next().getValue().length;
                it.remove();
            }
        }
        return made;
    }

    private static byte[] readIfExists(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    static BufferedImage decode(byte[] bytes) throws IOException {
        // ImageIO.read(ImageInputStream) closes the stream itself; in memory, so no temp file is involved.
        BufferedImage img = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
        if (img == null) {
            throw new IOException("no decoder for the stored image");
        }
        return img;
    }

    /** Scales to exactly width×height; {@code crop} keeps the aspect ratio by cutting the overflow (cover). */
    static BufferedImage scale(BufferedImage src, int width, int height, boolean crop) {
        int sx = 0;
        int sy = 0;
        int sw = src.getWidth();
        int sh = src.getHeight();
        if (crop) {
            double target = width / (double) height;
            if (sw / (double) sh > target) {
                int w = (int) Math.round(sh * target);
                sx = (sw - w) / 2;
                sw = w;
            } else {
                int h = (int) Math.round(sw / target);
                sy = (sh - h) / 2;
                sh = h;
            }
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, width, height, sx, sy, sx + sw, sy + sh, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Encodes a JPEG through an in-memory stream: {@code ImageIO.write(img, "jpg", out)} buffers through a temp
     * file by default, which made encoding several times slower than drawing.
     */
    static byte[] jpeg(BufferedImage img) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(img, null, null), param);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
