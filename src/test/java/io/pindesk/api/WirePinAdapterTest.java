package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written wire pin reader reads what Gson's reflective record adapter read, and refuses what it refused. */
class WirePinAdapterTest {

    private static final Gson REFLECTIVE = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .setStrictness(Strictness.LEGACY_STRICT).create();

    @Test
    void readsWhatTheReflectiveAdapterRead() {
        for (String json : List.of(
                "{\"id\":\"813744226420795884\",\"created_at\":\"2020-01-01T20:10:40-00:00\",\"link\":\"https://www.pinterest.com/\","
                        + "\"title\":\"t\",\"description\":\"d “x”\",\"dominant_color\":\"#6E7874\",\"alt_text\":\"a\","
                        + "\"creative_type\":\"REGULAR\",\"board_id\":\"549755885175\",\"board_section_id\":\"4\","
                        + "\"board_owner\":{\"username\":\"u\",\"extra\":[1,{\"a\":null}]},\"is_owner\":false,"
                        + "\"media\":{\"media_type\":\"image\",\"images\":{\"150x150\":{\"width\":150,\"height\":150,"
                        + "\"url\":\"https://i.pinimg.com/150x150/x.jpg\"},\"originals\":{\"url\":\"o\"}}},"
                        + "\"parent_pin_id\":null,\"note\":\"n\",\"pin_metrics\":{\"a\":1}}",
                "{\"id\":\"1\",\"media\":{\"media_type\":\"multiple_images\",\"items\":[null,{\"images\":{\"600x\":"
                        + "{\"url\":\"u\",\"width\":\"600\",\"height\":null}},\"title\":\"x\"}],\"cover_image_url\":\"c\"}}",
                "{\"id\":12,\"title\":true,\"description\":1.5e3,\"link\":null,\"media\":null,\"board_owner\":null}",
                "{\"id\":\"1\",\"id\":\"2\",\"title\":\"first\",\"title\":null}",
                "{\"id\":\"1\",\"media\":{\"images\":{\"a\":null,\"b\":{\"url\":\"u\"}},\"items\":null}}",
                "null", "{}")) {
            assertEquals(reflective(json), ours(json), json);
        }
    }

    @Test
    void refusesWhatTheReflectiveAdapterRefused() {
        for (String json : List.of("{\"id\":{}}", "{\"id\":\"1\",\"media\":{\"images\":{\"a\":null,\"a\":{}}}}", "{\"id\":\"1\",\"media\":{\"images\":{\"a\":{\"url\":\"u\"},"
                        + "\"a\":{\"url\":\"v\"}}}}", "{\"id\":\"1\",\"media\":{\"images\":{\"a\":{\"width\":\"wide\"}}}}",
                "{\"id\":\"1\",\"media\":{\"images\":{\"a\":{\"width\":1.5}}}}", "{\"id\":\"1\",\"board_owner\":\"u\"}",
                "{\"id\":\"1\",\"media\":{\"items\":{}}}", "[]", "{\"id\":\"1\"")) {
            assertEquals("refused", outcome(() -> reflective(json)), json);
            assertEquals("refused", outcome(() -> ours(json)), json);
        }
    }

    private static Wire.PinJson reflective(String json) {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            return REFLECTIVE.getAdapter(Wire.PinJson.class).read(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Wire.PinJson ours(String json) {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            return Wire.GSON.getAdapter(Wire.PinJson.class).read(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object outcome(java.util.function.Supplier<Wire.PinJson> read) {
        try {
            return read.get();
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            return "refused";
        }
    }
}
