package io.pindesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Byte for byte what Gson's JsonWriter (HTML escaping off) wrote through a UTF-8 writer, so saved files match. */
class Utf8JsonWriterTest {

    /** Characters from every class the writer treats apart. */
    private static final char[] ALPHABET = ("aZ09 ~:,{}[]<>&='/\"\\\t\b\n\r\f\u0000\u0001\u001f\u007f\u0080é“”€"
            + "\u07ff\u0800\u2028\u2029\uffff\ud83d\ude00\ud800\udc00").toCharArray();

    @Test
    void randomTextIsEscapedAndEncodedAsGsonDid() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> strings = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(round % 10 == 0 ? 40_000 : 30);
                for (int i = 0; i < length; i++) {
                    b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                strings.add(b.toString());
            }
            assertArrayEquals(gson(strings, round), ours(strings, round), "round " + round);
        }
    }

    @Test
    void surrogatePairsAndLoneHalvesAtTheEndOfAString() throws IOException {
        List<String> strings = List.of("😀", "x\ud83d", "\ude00x", "\ud83d\ud83d\ude00", "", "\u2028");
        assertArrayEquals(gson(strings, 3), ours(strings, 3));
    }

    /** An object of name/value members, an array of the same strings and a number, nested. */
    private static byte[] gson(List<String> strings, long number) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter chars = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        JsonWriter w = new JsonWriter(chars);
        w.setHtmlSafe(false);
        w.beginObject();
        for (int i = 0; i + 1 < strings.size(); i += 2) {
            w.name(strings.get(i)).value(strings.get(i + 1));
        }
        w.name("list").beginArray();
        for (String s : strings) {
            w.value(s);
        }
        w.beginObject().name("n").value(number).endObject().value(-number);
        w.endArray().name("empty").beginArray().endArray().endObject();
        w.flush();
        return bytes.toByteArray();
    }

    private static byte[] ours(List<String> strings, long number) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8JsonWriter w = new Utf8JsonWriter(bytes);
        w.beginObject();
        for (int i = 0; i + 1 < strings.size(); i += 2) {
            w.name(strings.get(i)).value(strings.get(i + 1));
        }
        w.name("list").beginArray();
        for (String s : strings) {
            w.value(s);
        }
        w.beginObject().name("n").value(number).endObject().value(-number);
        w.endArray().name("empty").beginArray().endArray().endObject();
        w.flush();
        return bytes.toByteArray();
    }
}
