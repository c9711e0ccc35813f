package io.pindesk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImageProbeTest {

    @TempDir
    Path dir;

    private final ImageProbe probe = new ImageProbe(ImageLimits.DEFAULT);

    @ParameterizedTest
    @CsvSource({"jpeg, JPEG", "png, PNG", "gif, GIF", "bmp, BMP"})
    void readsFormatAndSizeFromTheHeader(String writer, ImageFormat expected) throws Exception {
        byte[] bytes = TestImages.encode(TestImages.twoColour(321, 123, BufferedImage.TYPE_INT_RGB), writer);
        ImageHeader h = probe.probe(bytes, "x");
        assertEquals(expected, h.format());
        assertEquals(321, h.width());
        assertEquals(123, h.height());
    }

    @Test
    void readsWebpHeadersOfAllThreeKinds() throws Exception {
        for (byte[] webp : new byte[][] {TestImages.WEBP_LOSSY, TestImages.WEBP_LOSSLESS, TestImages.WEBP_ALPHA}) {
            ImageHeader h = probe.probe(webp, "tiny.webp");
            assertEquals(ImageFormat.WEBP, h.format());
            assertEquals(1, h.width());
            assertEquals(1, h.height());
        }
    }

    @Test
    void theNameDoesNotDecideTheFormat() throws Exception {
        Path png = dir.resolve("photo.jpg");
        Files.write(png, TestImages.encode(TestImages.twoColour(40, 30, BufferedImage.TYPE_INT_RGB), "png"));
        assertEquals(ImageFormat.PNG, probe.probe(png).format());

        Path text = dir.resolve("holiday.jpg");
        Files.writeString(text, "this is not a picture at all, just some text that is long enough");
        MediaException e = assertThrows(MediaException.class, () -> probe.probe(text));
        assertEquals(MediaException.Reason.NOT_AN_IMAGE, e.reason());
        assertEquals("not an image: holiday.jpg", e.getMessage());
    }

    @Test
    void emptyFileMissingFileAndFolderAreExplained() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertEquals("empty.png is empty (0 bytes)", assertThrows(MediaException.class, () -> probe.probe(empty)).getMessage());
        assertEquals("file not found: gone.png",
                assertThrows(MediaException.class, () -> probe.probe(dir.resolve("gone.png"))).getMessage());
        Path folder = Files.createDirectory(dir.resolve("photos"));
        assertTrue(assertThrows(MediaException.class, () -> probe.probe(folder)).getMessage().contains("is a folder"));
    }

    @Test
    void sixtyMegabyteFileIsRefusedBeforeReadingIt() throws Exception {
        Path big = dir.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(60L * 1024 * 1024); // sparse: costs no disk, and its bytes are never read
        }
        MediaException e = assertThrows(MediaException.class, () -> probe.probe(big));
        assertEquals(MediaException.Reason.TOO_LARGE, e.reason());
        assertEquals("huge.jpg is too large: 60.0 MB (the limit is 40.0 MB)", e.getMessage());
    }

    @Test
    void hugeDimensionsInATinyFileAreRefusedFromTheHeader() {
        byte[] bomb = TestImages.pngHeaderClaiming(100_000, 100_000);
        MediaException e = assertThrows(MediaException.class, () -> probe.probe(bomb, "bomb.png"));
        assertEquals(MediaException.Reason.TOO_MANY_PIXELS, e.reason());
        assertEquals("bomb.png is too large to open safely: 100,000 × 100,000 pixels (the limit is 120 megapixels)",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "heic, mif1;heic, HEIC photos can't be pinned directly: export it as JPEG (Photos: File → Export",
        "mif1, mif1;heix, HEIC photos",
        "avif, mif1;avif, AVIF files can't be pinned directly",
        "mif1, miaf;avif, AVIF files",
    })
    void heifAndAvifAreNamedWithTheFix(String major, String compatible, String expectedStart) {
        byte[] header = TestImages.isoMediaHeader(major, compatible.split(";"));
        MediaException e = assertThrows(MediaException.class, () -> probe.probe(header, "IMG_0001.jpg"));
        assertEquals(MediaException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().startsWith("IMG_0001.jpg: " + expectedStart), e.getMessage());
    }

    @Test
    void mp4VideoIsNotMistakenForHeif() {
        byte[] mp4 = TestImages.isoMediaHeader("isom", "isom", "mp42");
        assertEquals(MediaException.Reason.NOT_AN_IMAGE,
                assertThrows(MediaException.class, () -> probe.probe(mp4, "clip")).reason());
    }

    static Stream<Arguments> otherFormats() {
        return Stream.of(
                Arguments.of("\uFEFF<?xml version=\"1.0\"?>\n<!-- drawn --><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                        "SVG files can't be pinned directly: vector drawings need to be exported as PNG first"),
                Arguments.of("  <svg width=\"10\" height=\"10\"></svg>", "SVG files"),
                Arguments.of("II*\u0000\u0008\u0000\u0000\u0000", "TIFF files can't be pinned directly"),
                Arguments.of("MM\u0000*\u0000\u0000\u0000\u0008", "TIFF files"),
                Arguments.of("%PDF-1.7\n%\u00e2\u00e3", "PDF files can't be pinned directly: export the page as a PNG"),
                Arguments.of("8BPS\u0000\u0001", "Photoshop (PSD) files"),
                Arguments.of("\u0000\u0000\u0000\u000cJXL \r\n\u0087\n", "JPEG XL files"));
    }

    @ParameterizedTest
    @MethodSource("otherFormats")
    void otherKnownFormatsAreNamed(String head, String expected) {
        byte[] bytes = head.getBytes(head.startsWith("\uFEFF") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        byte[] padded = Arrays.copyOf(bytes, Math.max(bytes.length, 40));
        MediaException e = assertThrows(MediaException.class, () -> probe.probe(padded, "file"));
        assertEquals(MediaException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().startsWith("file: " + expected), e.getMessage());
    }

    @Test
    void icoIsNamed() {
        byte[] ico = {0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 0, 0, 0, 0, 22, 0, 0, 0};
        assertTrue(assertThrows(MediaException.class, () -> probe.probe(ico, "favicon.ico")).getMessage()
                .startsWith("favicon.ico: ICO files can't be pinned directly"));
    }

    @Test
    void jpegCutBeforeItsFrameHeaderIsDamaged() {
        byte[] jpeg = TestImages.withExifOrientation(
                TestImages.jpeg(TestImages.gradient(64, 64), 0.9f), 6);
        byte[] cut = Arrays.copyOf(jpeg, 30);
        MediaException e = assertThrows(MediaException.class, () -> probe.probe(cut, "cut.jpg"));
        assertEquals(MediaException.Reason.DAMAGED, e.reason());
        assertEquals("cut.jpg looks like a JPEG image but is damaged or cut short", e.getMessage());
        assertEquals(MediaException.Reason.DAMAGED,
                assertThrows(MediaException.class, () -> probe.probe(Arrays.copyOf(jpeg, 4), "x")).reason());
    }

    @Test
    void jpegHeaderWalkReadsExifOrientationAndSkipsLargeSegments() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.gradient(300, 200), 0.9f);
        byte[] withIcc = TestImages.insertSegment(jpeg, 0xE2, new byte[60_000]);
        byte[] rotated = TestImages.withExifOrientation(withIcc, 6);
        ImageHeader h = probe.probe(rotated, "r.jpg");
        assertEquals(300, h.width());
        assertEquals(200, h.height());
        assertEquals(6, h.orientation());
        assertEquals(200, h.displayWidth());
        assertEquals(3, h.components());
    }

    @Test
    void cmykJpegIsRecognizedAsSuch() throws Exception {
        ImageHeader h = probe.probe(TestImages.adobeCmykJpeg(16, 8, new int[] {0, 255, 255, 0}), "print.jpg");
        assertTrue(h.isCmyk());
        assertEquals(0, h.adobeTransform());
    }

    @Test
    void garbageNeverThrowsAnythingButMediaException() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] junk = new byte[random.nextInt(600) + 1];
            random.nextBytes(junk);
            if (i % 3 == 0) {
                junk[0] = (byte) 0xFF;
                if (junk.length > 2) {
                    junk[1] = (byte) 0xD8;
                    junk[2] = (byte) 0xFF;
                }
            }
            try {
                probe.probe(junk, "junk");
            } catch (MediaException expected) {
                // fine: refused with a message
            }
        }
    }
}
