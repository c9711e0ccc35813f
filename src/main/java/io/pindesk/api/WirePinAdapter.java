package io.pindesk.api;

import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.pindesk.domain.Repeated;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a wire pin field by field into {@link Wire.PinJson}. A sync reads every pin of every changed board, and
 * Gson's reflective record adapter spent a third of that time on reflection and type lookups. It reads exactly
 * what the reflective adapter read: snake_case members, unknown ones skipped, nulls as null, a later duplicate
 * member wins, strings also from numbers and booleans, a duplicate image key is malformed. The one form it does
 * not take is Gson's array-of-pairs spelling of a map, which Pinterest never sends. Values that repeat from pin to
 * pin (board, owner, types, colour, rendition keys, sizes) are shared ({@link Repeated}). Read-only: PinDesk never
 * sends a pin in this shape.
 */
final class WirePinAdapter extends TypeAdapter<Wire.PinJson> {

    @Override
    public void write(JsonWriter out, Wire.PinJson value) {
        throw new UnsupportedOperationException("wire pins are only read");
    }

    @Override
    public Wire.PinJson read(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        String id = null;
        String title = null;
        String description = null;
        String link = null;
        String altText = null;
        String dominantColor = null;
        String boardId = null;
        String sectionId = null;
        String parentPinId = null;
        Wire.OwnerJson owner = null;
        String createdAt = null;
        String creativeType = null;
        Wire.PinMediaJson media = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "title" -> title = string(in);
                case "description" -> description = string(in);
                case "link" -> link = string(in);
                case "alt_text" -> altText = string(in);
                case "dominant_color" -> dominantColor = Repeated.string(string(in));
                case "board_id" -> boardId = Repeated.string(string(in));
                case "board_section_id" -> sectionId = Repeated.string(string(in));
                case "parent_pin_id" -> parentPinId = string(in);
                case "board_owner" -> owner = owner(in);
                case "created_at" -> createdAt = string(in);
                case "creative_type" -> creativeType = Repeated.string(string(in));
                case "media" -> media = media(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Wire.PinJson(id, title, description, link, altText, dominantColor, boardId, sectionId,
                parentPinId, owner, createdAt, creativeType, media);
    }

    private static Wire.OwnerJson owner(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        String username = null;
        in.beginObject();
        while (in.hasNext()) {
            if (in.nextName().equals("username")) {
                username = Repeated.string(string(in));
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        return new Wire.OwnerJson(username);
    }

    private static Wire.PinMediaJson media(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        String mediaType = null;
        Map<String, Wire.ImageJson> images = null;
        List<Wire.ImageMetadataJson> items = null;
        String cover = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "media_type" -> mediaType = Repeated.string(string(in));
                case "images" -> images = images(in);
                case "items" -> items = items(in);
                case "cover_image_url" -> cover = string(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Wire.PinMediaJson(mediaType, images, items, cover);
    }

    private static List<Wire.ImageMetadataJson> items(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        List<Wire.ImageMetadataJson> items = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            if (nextIsNull(in)) {
                items.add(null);
                continue;
            }
            Map<String, Wire.ImageJson> images = null;
            in.beginObject();
            while (in.hasNext()) {
                if (in.nextName().equals("images")) {
                    images = images(in);
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            items.add(new Wire.ImageMetadataJson(images));
        }
        in.endArray();
        return items;
    }

    private static Map<String, Wire.ImageJson> images(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        Map<String, Wire.ImageJson> images = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String key = Repeated.string(in.nextName());
            if (images.containsKey(key)) {
                throw new JsonSyntaxException("duplicate key: " + key);
            }
            images.put(key, image(in));
        }
        in.endObject();
        return images;
    }

    private static Wire.ImageJson image(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        String url = null;
        Integer width = null;
        Integer height = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "url" -> url = string(in);
                case "width" -> width = Repeated.integer(integer(in));
                case "height" -> height = Repeated.integer(integer(in));
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Wire.ImageJson(url, width, height);
    }

    /** As Gson's string adapter: null, a boolean's text, or the text of a string or number. */
    private static String string(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        return in.peek() == JsonToken.BOOLEAN ? Boolean.toString(in.nextBoolean()) : in.nextString();
    }

    private static Integer integer(JsonReader in) throws IOException {
        if (nextIsNull(in)) {
            return null;
        }
        try {
            return in.nextInt();
        } catch (NumberFormatException e) {
            throw new JsonSyntaxException(e);
        }
    }

    private static boolean nextIsNull(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return true;
        }
        return false;
    }
}
