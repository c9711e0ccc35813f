package io.pindesk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@link DropPayload} over recorded payload shapes (drops/*.json): what file managers and
 * browsers put on the drag board, written the way the view hands it over, with the expected result.
 *
 * <p>Value encodings in "types": a JSON string is passed as a String (what JavaFX returns for text
 * types, mangled or not); {"utf16le": "…"} is passed as UTF-16LE bytes (Firefox's text/x-moz-url),
 * {"base64": "…"} as bytes, {"files": […]} as a List of File. "sniff" says what each path is
 * (IMAGE formats by name, or NOT_AN_IMAGE / FOLDER / UNREADABLE); unlisted paths are MISSING.
 */
class DropPayloadFixturesTest {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(DropPayloadFixturesTest.class.getResource("drops").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            assertTrue(names.size() >= 15, "fixtures missing: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesLikeRecorded(String name) throws IOException {
        JsonObject fixture;
        try (var in = DropPayloadFixturesTest.class.getResourceAsStream("drops/" + name)) {
            fixture = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
        DropResult result = DropPayload.parse(dropData(fixture), sniffer(fixture));
        JsonObject expected = fixture.getAsJsonObject("expect");
        assertEquals(GSON.toJson(expected), GSON.toJson(describe(result)), fixture.get("source").getAsString());
    }

    private static DropData dropData(JsonObject f) {
        DropData.Builder b = DropData.builder();
        if (f.has("types")) {
            for (Map.Entry<String, JsonElement> e : f.getAsJsonObject("types").entrySet()) {
                b.content(e.getKey(), value(e.getValue()));
            }
        }
        if (f.has("files")) {
            List<Path> files = new ArrayList<>();
            f.getAsJsonArray("files").forEach(p -> files.add(Path.of(p.getAsString())));
            b.files(files);
        }
        b.url(string(f, "url")).html(string(f, "html")).plainText(string(f, "plainText")).baseUrl(string(f, "baseUrl"));
        if (f.has("rawImage")) {
            b.rawImage((byte[]) value(f.get("rawImage")));
        }
        return b.build();
    }

    private static Object value(JsonElement v) {
        if (v.isJsonPrimitive()) {
            return v.getAsString();
        }
        JsonObject o = v.getAsJsonObject();
        if (o.has("utf16le")) {
            return o.get("utf16le").getAsString().getBytes(StandardCharsets.UTF_16LE);
        }
        if (o.has("base64")) {
            return Base64.getDecoder().decode(o.get("base64").getAsString());
        }
        if (o.has("files")) {
            List<java.io.File> files = new ArrayList<>();
            o.getAsJsonArray("files").forEach(p -> files.add(new java.io.File(p.getAsString())));
            return files;
        }
        throw new IllegalArgumentException("unknown value encoding: " + o);
    }

    private static FileSniffer sniffer(JsonObject f) {
        Map<Path, FileSniffer.Check> checks = new HashMap<>();
        if (f.has("sniff")) {
            for (Map.Entry<String, JsonElement> e : f.getAsJsonObject("sniff").entrySet()) {
                String what = e.getValue().getAsString();
                FileSniffer.Check check = switch (what) {
                    case "NOT_AN_IMAGE" -> FileSniffer.Check.of(FileSniffer.Kind.NOT_AN_IMAGE);
                    case "FOLDER" -> FileSniffer.Check.of(FileSniffer.Kind.FOLDER);
                    case "UNREADABLE" -> FileSniffer.Check.of(FileSniffer.Kind.UNREADABLE);
                    default -> FileSniffer.Check.image(ImageFormat.valueOf(what));
                };
                checks.put(Path.of(e.getKey()), check);
            }
        }
        return path -> checks.getOrDefault(path, FileSniffer.Check.of(FileSniffer.Kind.MISSING));
    }

    /** The result in the fixtures' "expect" shape. */
    private static JsonObject describe(DropResult result) {
        JsonArray items = new JsonArray();
        for (DropItem item : result.items()) {
            Map<String, String> m = new LinkedHashMap<>();
            if (item.source() instanceof ImageSource.LocalFile file) {
                m.put("file", file.path().toString());
            } else if (item.source() instanceof ImageSource.RemoteUrl url) {
                m.put("url", url.uri().toString());
            } else if (item.source() instanceof ImageSource.InlineBytes bytes) {
                m.put("bytes", bytes.format().name());
                m.put("origin", bytes.origin());
            }
            item.suggestedLink().ifPresent(l -> m.put("link", l));
            item.altText().ifPresent(a -> m.put("alt", a));
            item.title().ifPresent(t -> m.put("title", t));
            items.add(GSON.toJsonTree(m));
        }
        JsonObject out = new JsonObject();
        out.add("items", items);
        out.add("rejections", GSON.toJsonTree(result.rejections()));
        return out;
    }

    private static String string(JsonObject f, String key) {
        return f.has(key) ? f.get(key).getAsString() : null;
    }
}
