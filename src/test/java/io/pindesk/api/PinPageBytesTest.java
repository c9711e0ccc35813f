package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte path for pages of pins reads exactly what the stream path (Gson's reader with WirePinAdapter) reads,
 * and declines everything outside plain JSON in Pinterest's shape, so the stream path decides those as before.
 */
class PinPageBytesTest {

    private static final PageReader<Wire.PinJson, Pin> READER = new PageReader<>(Wire.PinJson.class,
            WireMapper::pin, PinPageBytes::parse);

    @Test
    void randomPagesReadTheSameOnBothPaths() throws Exception {
        Random random = new Random(20261128);
        int accepted = 0;
        for (int i = 0; i < 400; i++) {
            String json = randomPage(random, i % 3 == 0);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            Page<Pin> fast = READER.parseBytes(body);
            assertNotNull(fast, "a plain page is read by the byte path: " + json);
            assertEquals(streamed(body), fast, json);
            // and field by field before mapping, where the mapper would hide a difference in what it ignores
            assertEquals(streamedRaw(body), PinPageBytes.parse(body).items(), json);
            accepted++;
        }
        assertEquals(400, accepted);
    }

    @Test
    void escapesAndMultiByteCharactersDecodeAsOnTheStreamPath() throws IOException {
        String json = "{\"items\":[{\"id\":\"1\",\"title\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\/ \\\\ \\b\\f\\n\\r\\t\","
                + "\"description\":\"naïve — 日本 😀 \u007f\",\"board_id\":\"b\\u0031\",\"media\":{\"media_type\":\"image\","
                + "\"images\":{\"150x150\":{\"url\":\"https://i/x.jpg\",\"width\":150,\"height\":0}}}}],\"bookmark\":null}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Page<Pin> fast = READER.parseBytes(body);
        assertNotNull(fast);
        assertEquals(streamed(body), fast);
        assertEquals("café 😀 \"q\" / \\ \b\f\n\r\t", fast.items().get(0).title());
    }

    @Test
    void declinesWhatIsNotPlainJsonInPinterestsShape() {
        String pin = "{\"id\":\"1\",\"media\":{\"images\":{\"a\":{\"url\":\"u\",\"width\":%s}}},\"title\":%s}";
        List<String> odd = List.of(
                page(pin.formatted("1", "12")), // a number as a string: the stream path's rules
                page(pin.formatted("1", "true")),
                page(pin.formatted("\"600\"", "\"t\"")), // a string as a number
                page(pin.formatted("1.0", "\"t\"")),
                page(pin.formatted("007", "\"t\"")),
                page(pin.formatted("-1", "\"t\"")),
                page(pin.formatted("99999999999", "\"t\"")),
                page(pin.formatted("1", "\"a\tb\"")), // a raw control character
                page(pin.formatted("1", "\"a\\xb\"")), // an escape JSON does not define
                page(pin.formatted("1", "\"a\\u12g4\"")),
                page("{\"id\":\"1\",\"media\":{\"images\":{\"a\":null,\"a\":null}}}"), // a duplicate image key
                page("null"), // a null pin
                "{\"bookmark\":\"b\"}", // no items
                "{\"items\":null}",
                "{\"items\":[],\"bookmark\":7}",
                "\uFEFF{\"items\":[]}", // a byte-order mark
                "{\"items\":[]} x", // trailing data
                "{\"items\":[]}{}",
                "{\"items\":[{\"id\":\"1\"}]", // cut off
                "{\"items\":[{\"id\":\"1\",}]}", // a trailing comma
                "{\"items\":[],\"x\":01}", // a number outside the grammar
                "{\"items\":[],\"x\":nul}",
                "{\"items\":[],\"x\":" + "[".repeat(100) + "]".repeat(100) + "}", // nesting beyond the fast path
                "{'items':[]}",
                "");
        for (String json : odd) {
            assertNull(READER.parseBytes(json.getBytes(StandardCharsets.UTF_8)), json);
        }
        byte[][] notUtf8 = {
            {'{', '"', 'i', 't', 'e', 'm', 's', '"', ':', '[', ']', ',', '"', 'x', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}, // overlong
            {'{', '"', 'i', 't', 'e', 'm', 's', '"', ':', '[', ']', ',', '"', 'x', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}, // a surrogate
            {'{', '"', 'i', 't', 'e', 'm', 's', '"', ':', '[', ']', ',', '"', 'x', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'}, // cut short
            {'{', '"', 'i', 't', 'e', 'm', 's', '"', ':', '[', ']', ',', '"', 'x', '"', ':', '"', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"', '}'},
        };
        for (byte[] body : notUtf8) {
            assertNull(READER.parseBytes(body), new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void aDeclinedPageIsStillReadByTheStreamPath() throws IOException {
        String json = page("{\"id\":12,\"title\":true,\"media\":{\"images\":{\"a\":{\"url\":\"u\",\"width\":\"600\"}}}}");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        assertNull(READER.parseBytes(body));
        Page<Pin> streamed = streamed(body);
        assertEquals("12", streamed.items().get(0).id());
        assertEquals("true", streamed.items().get(0).title());
    }

    private static String page(String pin) {
        return "{\"items\":[" + pin + "],\"bookmark\":\"next\"}";
    }

    private static List<Wire.PinJson> streamedRaw(byte[] body) throws IOException {
        try (JsonReader in = new JsonReader(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8))) {
            return new PageReader<Wire.PinJson, Wire.PinJson>(Wire.PinJson.class, p -> p).parse(in).items();
        }
    }

    private static Page<Pin> streamed(byte[] body) throws IOException {
        try (JsonReader in = new JsonReader(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8))) {
            return READER.parse(in);
        }
    }

    // ---- random pages, written by Gson's JsonWriter so they are valid JSON --------------------------------------

    private static final String[] KNOWN = {"title", "description", "link", "alt_text", "dominant_color",
        "board_id", "board_section_id", "parent_pin_id", "created_at", "creative_type"};
    private static final String[] RENDITIONS = {"150x150", "400x300", "600x", "1200x", "originals"};

    private static String randomPage(Random r, boolean pretty) throws IOException {
        StringWriter text = new StringWriter();
        JsonWriter w = new JsonWriter(text);
        w.setSerializeNulls(true);
        if (pretty) {
            w.setIndent(r.nextBoolean() ? "  " : "\t");
        }
        w.beginObject();
        if (r.nextInt(4) == 0) {
            w.name("extra");
            randomValue(w, r, 0);
        }
        w.name("items").beginArray();
        int pins = r.nextInt(6);
        for (int i = 0; i < pins; i++) {
            randomPin(w, r, i);
        }
        w.endArray();
        w.name("bookmark");
        if (r.nextBoolean()) {
            w.nullValue();
        } else {
            w.value(randomText(r));
        }
        w.endObject();
        return text.toString();
    }

    private static void randomPin(JsonWriter w, Random r, int i) throws IOException {
        w.beginObject();
        w.name("id").value(Long.toString(100_000L + i));
        for (String name : KNOWN) {
            if (r.nextInt(3) > 0) {
                w.name(name);
                if (r.nextInt(6) == 0) {
                    w.nullValue();
                } else {
                    w.value(randomText(r));
                }
            }
            if (r.nextInt(8) == 0) {
                w.name("unknown_" + r.nextInt(5));
                randomValue(w, r, 0);
            }
        }
        if (r.nextBoolean()) {
            w.name("board_owner");
            if (r.nextInt(5) == 0) {
                w.nullValue();
            } else {
                w.beginObject().name("username").value(randomText(r)).name("other");
                randomValue(w, r, 1);
                w.endObject();
            }
        }
        if (r.nextInt(5) > 0) {
            w.name("media");
            randomMedia(w, r);
        }
        if (r.nextInt(6) == 0) {
            w.name("title").value("a later duplicate wins");
        }
        w.endObject();
    }

    private static void randomMedia(JsonWriter w, Random r) throws IOException {
        if (r.nextInt(8) == 0) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("media_type").value(r.nextBoolean() ? "image" : "multiple_images");
        if (r.nextBoolean()) {
            w.name("images");
            randomImages(w, r);
        }
        if (r.nextInt(3) == 0) {
            w.name("items").beginArray();
            for (int i = r.nextInt(3); i >= 0; i--) {
                if (r.nextInt(5) == 0) {
                    w.nullValue();
                } else {
                    w.beginObject().name("images");
                    randomImages(w, r);
                    w.name("title").value(randomText(r)).endObject();
                }
            }
            w.endArray();
        }
        if (r.nextBoolean()) {
            w.name("cover_image_url").value("https://i.example/" + randomText(r));
        }
        if (r.nextInt(4) == 0) {
            w.name("video_extra");
            randomValue(w, r, 1);
        }
        w.endObject();
    }

    private static void randomImages(JsonWriter w, Random r) throws IOException {
        if (r.nextInt(8) == 0) {
            w.nullValue();
            return;
        }
        w.beginObject();
        for (String rendition : RENDITIONS) {
            if (r.nextInt(4) == 0) {
                continue;
            }
            w.name(rendition);
            if (r.nextInt(8) == 0) {
                w.nullValue();
                continue;
            }
            w.beginObject().name("url").value("https://i.example/" + rendition + "/" + randomText(r));
            if (r.nextInt(5) > 0) {
                w.name("width").value(r.nextInt(3) == 0 ? r.nextInt(5000) : 150);
            }
            if (r.nextInt(5) > 0) {
                w.name("height");
                if (r.nextInt(6) == 0) {
                    w.nullValue();
                } else {
                    w.value(r.nextInt(Integer.MAX_VALUE));
                }
            }
            w.endObject();
        }
        w.endObject();
    }

    private static void randomValue(JsonWriter w, Random r, int depth) throws IOException {
        switch (depth > 3 ? r.nextInt(5) : r.nextInt(7)) {
            case 0 -> w.value(randomText(r));
            case 1 -> w.value(r.nextInt(3) == 0 ? -r.nextDouble() * 1e12 : r.nextLong());
            case 2 -> w.value(r.nextBoolean());
            case 3 -> w.nullValue();
            case 4 -> w.value(r.nextDouble() < 0.5 ? 1.5e-7 : 0.25);
            case 5 -> {
                w.beginArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    randomValue(w, r, depth + 1);
                }
                w.endArray();
            }
            default -> {
                w.beginObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    w.name(randomText(r));
                    randomValue(w, r, depth + 1);
                }
                w.endObject();
            }
        }
    }

    /** Text of every kind: ASCII, Latin-1, other BMP characters, emoji (surrogate pairs), quotes and controls. */
    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--) {
            switch (r.nextInt(10)) {
                case 0 -> sb.append((char) ('\u00a0' + r.nextInt(0x60)));
                case 1 -> sb.append((char) ('\u0400' + r.nextInt(0x2000)));
                case 2 -> sb.appendCodePoint(0x1F600 + r.nextInt(0x50));
                case 3 -> {
                    String specials = "\"\\/\n\t\u0001<>&'=";
                    sb.append(specials.charAt(r.nextInt(specials.length())));
                }
                default -> sb.append((char) (' ' + r.nextInt(95)));
            }
        }
        return sb.toString();
    }
}
