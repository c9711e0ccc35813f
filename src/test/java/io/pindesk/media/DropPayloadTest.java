package io.pindesk.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropPayloadTest {

    @TempDir
    Path dir;

    @Test
    void srcsetPicksTheLargestCandidate() {
        List<String> all = new ArrayList<>();
        assertEquals("b.jpg", HtmlImages.largest("a.jpg 480w, b.jpg 1080w, c.jpg 800w", all));
        assertEquals(List.of("a.jpg", "b.jpg", "c.jpg"), all);
        assertEquals("big.jpg", HtmlImages.largest("small.jpg, big.jpg 2x, mid.jpg 1.5x", new ArrayList<>()));
        assertEquals("w.jpg", HtmlImages.largest("x.jpg 3x, w.jpg 100w", new ArrayList<>()), "width beats density");
        assertEquals("https://c.example/r/w_1200,h_900/p.jpg",
                HtmlImages.largest("https://c.example/r/w_400,h_300/p.jpg 400w, https://c.example/r/w_1200,h_900/p.jpg 1200w",
                        new ArrayList<>()));
        assertEquals("only.jpg", HtmlImages.largest("  only.jpg  ", new ArrayList<>()));
        assertNull(HtmlImages.largest(" , ,", new ArrayList<>()));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("a&b <c> \"d\" 'e' – é ☃ &unknown; &", HtmlEntities.decode(
                "a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &ndash; &eacute; &#9731; &unknown; &"));
    }

    @Test
    void dataUrlsDecodeBase64AndPercentEncoding() {
        DataUrl.Decoded b64 = DataUrl.decode("data:image/png;base64,aGVs\r\nbG8=");
        assertEquals("image/png", b64.mediaType());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), b64.bytes());
        assertArrayEquals("a b<é".getBytes(StandardCharsets.UTF_8), DataUrl.decode("data:,a%20b%3Cé").bytes());
        assertArrayEquals(new byte[] {(byte) 0xFB, (byte) 0xFF}, DataUrl.decode("DATA:image/x;BASE64,-_8=").bytes());
        assertNull(DataUrl.decode("data:image/png;base64"));
        assertNull(DataUrl.decode("data:image/png;base64,!!!"));
        assertArrayEquals("100%".getBytes(StandardCharsets.US_ASCII), DataUrl.decode("data:,100%").bytes());
    }

    @Test
    void textValuesAreDecodedFromWhateverThePlatformGave() {
        String url = "https://example.com/ü.jpg";
        assertEquals(url, DropTexts.text(url.getBytes(StandardCharsets.UTF_16LE)));
        byte[] bom = new byte[2 + url.length() * 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(url.getBytes(StandardCharsets.UTF_16LE), 0, bom, 2, url.length() * 2);
        assertEquals(url, DropTexts.text(bom));
        assertEquals(url, DropTexts.text(ByteBuffer.wrap(url.getBytes(StandardCharsets.UTF_8))));
        assertEquals(url, DropTexts.text(new String(bom, StandardCharsets.ISO_8859_1)), "full UTF-16 read as Latin-1");
        assertNull(DropTexts.text("\u00FF\u00FE<"), "Chromium's HTML cut at the first NUL is unusable");
        assertEquals("abc", DropTexts.text("abc\0\0"));
        assertNull(DropTexts.text(42));
    }

    @Test
    void defaultSnifferReadsMagicBytesOfRealFiles() throws Exception {
        Path photo = dir.resolve("Urlaub 2024 ü.png");
        Files.write(photo, TestImages.encode(TestImages.gradient(20, 20), "png"));
        Path fake = Files.writeString(dir.resolve("fake.jpg"), "not a jpeg, only named like one");
        String uriList = photo.toUri().toASCIIString() + "\r\n" + fake.toUri().toASCIIString() + "\r\n";
        assertTrue(uriList.contains("%20"), uriList);
        DropResult r = DropPayload.parse(DropData.builder().content("text/uri-list", uriList).build());
        assertEquals(1, r.items().size());
        ImageSource.LocalFile file = assertInstanceOf(ImageSource.LocalFile.class, r.items().get(0).source());
        assertEquals(photo, file.path());
        assertEquals(List.of("not an image: fake.jpg"), r.rejections());
    }

    @Test
    void pastedAbsolutePathCountsOnlyWhenItIsAnImage() throws Exception {
        Path photo = dir.resolve("p.jpg");
        Files.write(photo, TestImages.jpeg(TestImages.gradient(20, 20), 0.8f));
        DropResult r = DropPayload.parse(DropData.builder().plainText(photo + "\n/etc/nothing-here").build());
        assertEquals(1, r.items().size());
        assertEquals(List.of(), r.rejections());
    }

    @Test
    void inlineBytesAreDeduplicatedByContent() {
        byte[] png = TestImages.encode(TestImages.twoColour(4, 4, BufferedImage.TYPE_INT_RGB), "png");
        String dataUrl = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
        DropResult r = DropPayload.parse(DropData.builder()
                .html("<img src=\"" + dataUrl + "\"><img src=\"" + dataUrl.replace("data:", "DATA:") + "\">")
                .content("text/uri-list", dataUrl).build());
        assertEquals(1, r.items().size());
        assertArrayEquals(png, ((ImageSource.InlineBytes) r.items().get(0).source()).bytes());
    }

    @Test
    void emptyAndNullInputGiveAMessageNotAnException() {
        assertEquals(List.of("no image found in what was dropped"), DropPayload.parse(null).rejections());
        assertEquals(List.of("no image found in what was dropped"),
                DropPayload.parse(DropData.builder().build()).rejections());
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(42);
        String[] types = {"text/uri-list", "text/html", "text/x-moz-url", "text/plain", "application/octet-stream",
            "application/x-java-file-list", "image/png", "_NETSCAPE_URL", "text/_moz_htmlcontext", "x-special/gnome-copied-files"};
        String alphabet = "<>\"'=&#;/:.,% \r\n\tabcxyzimgsrcsethrefdata:base64file:http://ÿþ\0\\";
        for (int i = 0; i < 2000; i++) {
            DropData.Builder b = DropData.builder();
            for (String type : types) {
                switch (random.nextInt(4)) {
                    case 0 -> b.content(type, randomText(random, alphabet));
                    case 1 -> {
                        byte[] bytes = new byte[random.nextInt(64)];
                        random.nextBytes(bytes);
                        b.content(type, bytes);
                    }
                    case 2 -> b.content(type, List.of(new Object(), "x", Path.of("/tmp/none")));
                    default -> { }
                }
            }
            b.html(randomText(random, alphabet)).url(randomText(random, alphabet)).plainText(randomText(random, alphabet))
                    .baseUrl(randomText(random, alphabet));
            DropResult r = DropPayload.parse(b.build(), path -> FileSniffer.Check.of(FileSniffer.Kind.MISSING));
            assertTrue(r.hasImages() || !r.rejections().isEmpty());
            // the parser's safety net must not be what kept it alive
            assertTrue(!r.rejections().contains("part of the drop couldn't be read"), "parser bug on input " + i);
        }
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(120);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return random.nextInt(5) == 0 ? "<img src=\"" + sb + "\" srcset=\"" + sb + "\">" : sb.toString();
    }
}
