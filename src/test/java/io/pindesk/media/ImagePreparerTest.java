package io.pindesk.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagePreparerTest {

    @TempDir
    Path dir;

    private final ImagePreparer preparer = new ImagePreparer(ImageLimits.DEFAULT.withLongEdge(1000));

    @Test
    void aSmallPreviewComesWithThePreparedImage() throws Exception {
        PreparedImage out = preparer.prepare(TestImages.jpeg(TestImages.gradient(3000, 2000), 0.9f), "big.jpg");
        byte[] preview = out.preview().orElseThrow();
        BufferedImage small = TestImages.decode(preview);
        assertEquals(ImagePreparer.PREVIEW_EDGE, small.getWidth());
        assertEquals(Math.round(ImagePreparer.PREVIEW_EDGE * 667 / 1000.0), small.getHeight(), 1);
        assertTrue(preview.length < out.size(), "smaller than the image: " + preview.length + " of " + out.size());
    }

    @Test
    void largeJpegIsScaledToTheLongEdgeAndStaysJpeg() throws Exception {
        byte[] src = TestImages.jpeg(TestImages.gradient(3000, 2000), 0.9f);
        PreparedImage out = preparer.prepare(src, "big.jpg");
        assertEquals("image/jpeg", out.contentType());
        assertEquals(1000, out.width());
        assertEquals(667, out.height());
        BufferedImage decoded = TestImages.decode(out.bytes());
        assertEquals(1000, decoded.getWidth());
        assertEquals(667, decoded.getHeight());
        assertEquals(3000, out.source().width());
        assertTrue(out.warnings().isEmpty(), out.warnings().toString());
    }

    @Test
    void veryWideSourceIsSubsampledWhileDecodingAndStillExact() throws Exception {
        byte[] src = TestImages.jpeg(TestImages.gradient(8000, 1000), 0.8f);
        assertEquals(5, ImageDecoder.subsampling(ImageHeader.of(ImageFormat.JPEG, 8000, 1000), 1000));
        PreparedImage out = preparer.prepare(src, "wide.jpg");
        assertEquals(1000, out.width());
        assertEquals(125, out.height());
    }

    @Test
    void smallImagesAreNotEnlarged() throws Exception {
        PreparedImage out = preparer.prepare(TestImages.encode(TestImages.gradient(700, 900), "png"), "s.png");
        assertEquals(700, out.width());
        assertEquals(900, out.height());
        assertEquals("image/jpeg", out.contentType()); // opaque PNG photo → JPEG
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        // stored image: 200×100, left half red, right half blue. Expected colour at the upright
        // image's top-left and bottom-right corners.
        "1, 200, 100, RED, BLUE",
        "2, 200, 100, BLUE, RED",
        "3, 200, 100, BLUE, RED",
        "4, 200, 100, RED, BLUE",
        "5, 100, 200, RED, BLUE",
        "6, 100, 200, RED, BLUE",
        "7, 100, 200, BLUE, RED",
        "8, 100, 200, BLUE, RED",
    })
    void exifOrientationIsAppliedAndTheExifIsGone(int orientation, int w, int h, String topLeft, String bottomRight)
            throws Exception {
        byte[] src = TestImages.withExifOrientation(
                TestImages.jpeg(TestImages.twoColour(200, 100, BufferedImage.TYPE_INT_RGB), 0.95f), orientation);
        PreparedImage out = preparer.prepare(src, "phone.jpg");
        assertEquals(w, out.width());
        assertEquals(h, out.height());
        BufferedImage img = TestImages.decode(out.bytes());
        assertColour(topLeft, img.getRGB(3, 3));
        assertColour(bottomRight, img.getRGB(w - 4, h - 4));
        assertFalse(new String(out.bytes(), StandardCharsets.ISO_8859_1).contains("Exif"), "EXIF must be stripped");
    }

    @Test
    void metadataIsStripped() throws Exception {
        byte[] src = TestImages.insertSegment(TestImages.jpeg(TestImages.gradient(300, 300), 0.9f), 0xFE,
                "secret comment with GPS 51.5N".getBytes(StandardCharsets.US_ASCII));
        byte[] out = preparer.prepare(src, "c.jpg").bytes();
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains("secret comment"));
    }

    @Test
    void realTransparencyKeepsPngAndOpaqueAlphaBecomesJpeg() throws Exception {
        BufferedImage argb = TestImages.twoColour(640, 640, BufferedImage.TYPE_INT_ARGB);
        byte[] opaque = TestImages.encode(argb, "png");
        assertEquals("image/jpeg", preparer.prepare(opaque, "opaque.png").contentType());

        Graphics2D g = argb.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        PreparedImage out = preparer.prepare(TestImages.encode(argb, "png"), "cutout.png");
        assertEquals("image/png", out.contentType());
        BufferedImage back = TestImages.decode(out.bytes());
        assertEquals(0, back.getRGB(5, 5) >>> 24, "transparent corner stays transparent");
        assertEquals(0xFF, back.getRGB(600, 600) >>> 24);
    }

    @Test
    void indexedPngWithTransparentIndexKeepsTransparency() throws Exception {
        byte[] r = {(byte) 255, 0};
        byte[] gb = {0, 0};
        IndexColorModel cm = new IndexColorModel(1, 2, r, gb, gb, 1); // index 1 transparent
        BufferedImage img = new BufferedImage(700, 700, BufferedImage.TYPE_BYTE_BINARY, cm);
        img.getRaster().setSample(0, 0, 0, 1);
        PreparedImage out = preparer.prepare(TestImages.encode(img, "png"), "icon.png");
        assertEquals("image/png", out.contentType());
    }

    @Test
    void grayscaleSourcesBecomeRgbJpeg() throws Exception {
        BufferedImage gray = new BufferedImage(800, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 800);
        g.dispose();
        for (String fmt : new String[] {"png", "jpeg"}) {
            PreparedImage out = preparer.prepare(TestImages.encode(gray, fmt), "gray." + fmt);
            assertEquals("image/jpeg", out.contentType());
            BufferedImage back = TestImages.decode(out.bytes());
            assertTrue((back.getRGB(10, 10) & 0xFF) > 240);
            assertTrue((back.getRGB(790, 10) & 0xFF) < 15);
        }
        BufferedImage gray16 = new BufferedImage(640, 480, BufferedImage.TYPE_USHORT_GRAY);
        assertEquals("image/jpeg", preparer.prepare(TestImages.encode(gray16, "png"), "g16.png").contentType());
    }

    @Test
    void cmykJpegIsConvertedToRgbWithAWarning() throws Exception {
        PreparedImage out = preparer.prepare(TestImages.adobeCmykJpeg(640, 960, new int[] {0, 255, 255, 0}), "print.jpg");
        assertEquals("image/jpeg", out.contentType());
        int rgb = TestImages.decode(out.bytes()).getRGB(100, 100);
        assertTrue((rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 50 && (rgb & 0xFF) < 50,
                "magenta+yellow ink is red, got " + Integer.toHexString(rgb));
        assertTrue(out.warnings().contains("Converted from CMYK to RGB; colours may look slightly different."));

        PreparedImage small = new ImagePreparer(ImageLimits.DEFAULT.withLongEdge(200))
                .prepare(TestImages.adobeCmykJpeg(640, 960, new int[] {255, 255, 0, 0}), "print.jpg"); // subsampled raster
        assertEquals(133, small.width());
        assertEquals(200, small.height());
        int blue = TestImages.decode(small.bytes()).getRGB(50, 50);
        assertTrue((blue & 0xFF) > 200 && (blue >> 16 & 0xFF) < 50, "cyan+magenta ink is blue, got " + Integer.toHexString(blue));
    }

    @Test
    void gifAndBmpAreConvertedWithANote() throws Exception {
        BufferedImage img = TestImages.twoColour(600, 900, BufferedImage.TYPE_INT_RGB);
        assertEquals(java.util.List.of("Converted from BMP to JPEG."),
                preparer.prepare(TestImages.encode(img, "bmp"), "a.bmp").warnings());
        assertEquals(java.util.List.of("Converted from GIF to JPEG."),
                preparer.prepare(TestImages.encode(img, "gif"), "a.gif").warnings());
    }

    @Test
    void animatedGifUsesTheFirstFrameAndSaysSo() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(TestImages.twoColour(600, 600, BufferedImage.TYPE_INT_RGB), null, null), null);
            writer.writeToSequence(new IIOImage(TestImages.gradient(600, 600), null, null), null);
            writer.endWriteSequence();
        }
        PreparedImage out = preparer.prepare(bytes.toByteArray(), "anim.gif");
        assertTrue(out.warnings().contains("Only the first frame of the animated GIF is used."), out.warnings().toString());
        assertColour("RED", TestImages.decode(out.bytes()).getRGB(10, 10));
    }

    @Test
    void webpIsDecodedThroughTwelveMonkeys() throws Exception {
        Assumptions.assumeTrue(ImageIO.getImageReadersByFormatName("webp").hasNext(),
                "no WebP ImageIO plugin on the class path (TwelveMonkeys imageio-webp)");
        for (byte[] webp : new byte[][] {TestImages.WEBP_LOSSY, TestImages.WEBP_LOSSLESS, TestImages.WEBP_ALPHA}) {
            PreparedImage out = preparer.prepare(webp, "tiny.webp");
            assertEquals(1, out.width());
            assertTrue(out.warnings().stream().anyMatch(w -> w.startsWith("Converted from WebP to ")), out.warnings().toString());
            assertTrue(out.warnings().get(0).startsWith("The image is only 1 px wide"), out.warnings().toString());
            TestImages.decode(out.bytes());
        }
    }

    @Test
    void narrowAndTallImagesWarn() throws Exception {
        PreparedImage narrow = preparer.prepare(TestImages.encode(TestImages.gradient(400, 300), "png"), "n.png");
        assertEquals(java.util.List.of(
                "The image is only 400 px wide; Pinterest recommends at least 600 px, smaller pins look blurry."),
                narrow.warnings());
        PreparedImage tall = preparer.prepare(TestImages.jpeg(TestImages.gradient(600, 1000), 0.9f), "t.jpg");
        assertEquals(java.util.List.of("The image is taller than 2:3 (600 × 1000); Pinterest may cut it off in feeds."),
                tall.warnings());
        PreparedImage exact = preparer.prepare(TestImages.jpeg(TestImages.gradient(600, 900), 0.9f), "e.jpg");
        assertTrue(exact.warnings().isEmpty());
    }

    @Test
    void truncatedJpegGivesAnImageOrAClearMessageNeverACrash() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.gradient(800, 800), 0.9f);
        for (int cut : new int[] {3, 10, 100, 300, 600, jpeg.length / 3, jpeg.length / 2, jpeg.length - 2}) {
            try {
                PreparedImage out = preparer.prepare(Arrays.copyOf(jpeg, cut), "cut.jpg");
                assertEquals(800, out.width()); // libjpeg pads a cut-off scan with grey, like browsers do
            } catch (MediaException e) {
                assertEquals(MediaException.Reason.DAMAGED, e.reason(), e.getMessage());
                assertTrue(e.getMessage().startsWith("cut.jpg looks like a JPEG image but"), e.getMessage());
            }
        }
        byte[] broken = jpeg.clone();
        Arrays.fill(broken, 400, broken.length, (byte) 0x00);
        try {
            preparer.prepare(broken, "zeros.jpg");
        } catch (MediaException e) {
            assertEquals(MediaException.Reason.DAMAGED, e.reason());
        }
    }

    @Test
    void wrongMagicAndBombAreRefusedBeforeDecoding() {
        MediaException text = assertThrows(MediaException.class,
                () -> preparer.prepare("<html>Forbidden</html>".getBytes(StandardCharsets.UTF_8), "photo.jpg"));
        assertEquals("not an image: photo.jpg", text.getMessage());
        // decoding this would report DAMAGED (no pixel data); TOO_MANY_PIXELS proves the header check came first
        MediaException bomb = assertThrows(MediaException.class,
                () -> preparer.prepare(TestImages.pngHeaderClaiming(100_000, 100_000), "bomb.png"));
        assertEquals(MediaException.Reason.TOO_MANY_PIXELS, bomb.reason());
        MediaException heic = assertThrows(MediaException.class,
                () -> preparer.prepare(TestImages.isoMediaHeader("heic", "mif1", "heic"), "IMG_1234.HEIC"));
        assertTrue(heic.getMessage().startsWith("IMG_1234.HEIC: HEIC photos can't be pinned directly"));
    }

    @Test
    void gifFrameLargerThanItsScreenIsRefusedBeforeDecoding() {
        byte[] gif = {
            'G', 'I', 'F', '8', '9', 'a', 10, 0, 10, 0, 0, 0, 0, // 10×10 logical screen, no colour table
            0x2C, 0, 0, 0, 0, (byte) 0x60, (byte) 0xEA, (byte) 0x60, (byte) 0xEA, 0, // frame 60000×60000
            2, 0, 0x3B
        };
        MediaException e = assertThrows(MediaException.class, () -> preparer.prepare(gif, "sneaky.gif"));
        assertEquals(MediaException.Reason.TOO_MANY_PIXELS, e.reason());
        assertEquals("sneaky.gif is too large to open safely: its GIF picture is 60,000 × 60,000 pixels "
                + "(the limit is 120 megapixels)", e.getMessage());
    }

    @Test
    void base64IsStreamedPlainAndMatchesTheBytes() throws Exception {
        Path file = dir.resolve("photo.png");
        Files.write(file, TestImages.encode(TestImages.gradient(1200, 800), "png"));
        PreparedImage out = preparer.prepare(file);
        ByteArrayOutputStream b64 = new ByteArrayOutputStream();
        out.writeBase64(b64);
        String text = b64.toString(StandardCharsets.US_ASCII);
        assertEquals(Base64.getEncoder().encodeToString(out.bytes()), text);
        assertEquals(out.base64Length(), text.length());
        assertEquals(text, out.base64());
        assertTrue(text.matches("^[a-zA-Z0-9+/=]+$"), "Pinterest's pattern: no line breaks, not URL-safe");
        assertArrayEquals(out.bytes(), out.openStream().readAllBytes());
        assertEquals(out.size(), out.bytes().length);
    }

    private static void assertColour(String name, int rgb) {
        int r = rgb >> 16 & 0xFF;
        int b = rgb & 0xFF;
        boolean red = r > 200 && b < 60;
        boolean blue = b > 200 && r < 60;
        assertTrue(name.equals("RED") ? red : blue, "expected " + name + " but got " + Integer.toHexString(rgb));
    }
}
