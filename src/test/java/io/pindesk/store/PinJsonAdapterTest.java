package io.pindesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import io.pindesk.domain.PinImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved-pin format: same JSON as Gson's reflective adapter wrote before, so old caches keep working. */
class PinJsonAdapterTest {

    /** What the cache used before the hand-written adapter: reflection over the records. */
    private static final Gson REFLECTIVE = new GsonBuilder().disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
                @Override
                public void write(JsonWriter out, Instant value) throws IOException {
                    out.value(value.toString());
                }

                @Override
                public Instant read(JsonReader in) throws IOException {
                    return Instant.parse(in.nextString());
                }
            }.nullSafe()).create();
    private static final Gson ADAPTED = new GsonBuilder().disableHtmlEscaping()
            .registerTypeAdapter(Pin.class, new PinJsonAdapter()).create();

    static Pin full() {
        Map<String, PinImage> r = new LinkedHashMap<>();
        r.put("150x150", new PinImage("https://i.example/150.jpg", 150, 150));
        r.put("600x", new PinImage("https://i.example/600.jpg", 600, null));
        return new Pin("1120000000000500", "Rustic “corner” <b>&", "Line one\nline two 😀", "https://example.com/a?b=1",
                "alt", "#9F7AEA", "1120000000000000", "55", "77", "sandbox_pinner",
                Instant.parse("2026-01-15T08:59:00.123Z"), "REGULAR", "image", new PinImages(r));
    }

    static Pin sparse() {
        return new Pin("9", null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void savesExactlyWhatTheReflectiveAdapterWrote() throws IOException {
        LibraryCache.PinsDoc doc = new LibraryCache.PinsDoc("1120000000000000", Instant.parse("2026-11-01T00:00:00Z"),
                List.of(full(), sparse(), full()));
        assertEquals(REFLECTIVE.toJson(doc), saved(doc));
        LibraryCache.PinsDoc bare = new LibraryCache.PinsDoc("7", null, List.of());
        assertEquals(REFLECTIVE.toJson(bare), saved(bare));
    }

    @Test
    void readsBackEveryField() throws IOException {
        LibraryCache.PinsDoc doc = new LibraryCache.PinsDoc("1", null, List.of(full(), sparse()));
        assertEquals(doc, ADAPTED.fromJson(saved(doc), LibraryCache.PinsDoc.class));
        assertEquals(doc, ADAPTED.fromJson(REFLECTIVE.toJson(doc), LibraryCache.PinsDoc.class), "a cache saved before");
    }

    static String saved(LibraryCache.PinsDoc doc) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PinsDocWriter.write(doc, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void skipsUnknownMembersAndAcceptsExplicitNulls() {
        Pin read = ADAPTED.fromJson("{\"id\":\"1\",\"future\":{\"a\":[1,2]},\"title\":null,\"images\":{\"renditions\":"
                + "{\"x\":{\"url\":\"u\",\"width\":null,\"extra\":true}},\"more\":1}}", Pin.class);
        assertEquals("1", read.id());
        assertEquals(null, read.title());
        assertEquals(new PinImage("u", null, null), read.images().renditions().get("x"));
    }

    @Test
    void malformedPinsAreParseErrorsNotCrashes() {
        for (String bad : List.of("{\"title\":\"no id\"}", "{\"id\":\"1\",\"createdAt\":\"yesterday\"}",
                "{\"id\":\"1\",\"images\":{\"renditions\":{\"x\":{\"width\":3}}}}",
                "{\"id\":\"1\",\"images\":{\"renditions\":{\"x\":{\"url\":\"u\",\"width\":\"wide\"}}}}",
                "{\"id\":[1]}")) {
            assertThrows(JsonParseException.class, () -> ADAPTED.fromJson(bad, Pin.class), bad);
        }
    }

    @Test
    void aCorruptPinFileIsSetAsideAndTheBoardFetchedAgain(@TempDir Path dir) throws IOException {
        LibraryCache cache = new LibraryCache(dir);
        cache.writePins(new LibraryCache.PinsDoc("42", Instant.parse("2026-11-01T00:00:00Z"), List.of(full())));
        assertEquals(List.of(full()), cache.readPins("42").orElseThrow().pins());
        Files.writeString(dir.resolve("pins/42.json"), "{\"boardId\":\"42\",\"pins\":[{\"title\":\"no id\"}]}");
        assertTrue(cache.readPins("42").isEmpty());
        try (var files = Files.list(dir.resolve("pins"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("42.json.corrupt-")));
        }
    }
}
