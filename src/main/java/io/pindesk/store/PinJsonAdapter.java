package io.pindesk.store;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import io.pindesk.domain.PinImages;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pin in the saved library, field by field. A sync saves every pin of every changed board and startup reads them
 * back, so this is the hottest JSON in the app; Gson's reflective record adapter spent most of a sync's save time
 * looking up runtime types. The format is exactly the reflective one (record component names, absent nulls), so
 * existing caches read unchanged. Unknown members are skipped; a pin without an id, or with a malformed value, is a
 * {@link JsonParseException} like any other corrupt file.
 */
final class PinJsonAdapter extends TypeAdapter<Pin> {

    @Override
    public void write(JsonWriter out, Pin pin) throws IOException {
        if (pin == null) {
            out.nullValue();
            return;
        }
        out.beginObject();
        string(out, "id", pin.id());
        string(out, "title", pin.title());
        string(out, "description", pin.description());
        string(out, "link", pin.link());
        string(out, "altText", pin.altText());
        string(out, "dominantColor", pin.dominantColor());
        string(out, "boardId", pin.boardId());
        string(out, "sectionId", pin.sectionId());
        string(out, "parentPinId", pin.parentPinId());
        string(out, "boardOwnerUsername", pin.boardOwnerUsername());
        if (pin.createdAt() != null) {
            out.name("createdAt").value(pin.createdAt().toString());
        }
        string(out, "creativeType", pin.creativeType());
        string(out, "mediaType", pin.mediaType());
        out.name("images").beginObject().name("renditions").beginObject();
        for (Map.Entry<String, PinImage> e : pin.images().renditions().entrySet()) {
            PinImage image = e.getValue();
            out.name(e.getKey()).beginObject();
            out.name("url").value(image.url());
            if (image.width() != null) {
                out.name("width").value(image.width().longValue());
            }
            if (image.height() != null) {
                out.name("height").value(image.height().longValue());
            }
            out.endObject();
        }
        out.endObject().endObject();
        out.endObject();
    }

    private static void string(JsonWriter out, String name, String value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    @Override
    public Pin read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
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
        String owner = null;
        Instant createdAt = null;
        String creativeType = null;
        String mediaType = null;
        PinImages images = null;
        try {
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                switch (name) {
                    case "id" -> id = string(in);
                    case "title" -> title = string(in);
                    case "description" -> description = string(in);
                    case "link" -> link = string(in);
                    case "altText" -> altText = string(in);
                    case "dominantColor" -> dominantColor = string(in);
                    case "boardId" -> boardId = string(in);
                    case "sectionId" -> sectionId = string(in);
                    case "parentPinId" -> parentPinId = string(in);
                    case "boardOwnerUsername" -> owner = string(in);
                    case "createdAt" -> {
                        String text = string(in);
                        createdAt = text == null ? null : Instant.parse(text);
                    }
                    case "creativeType" -> creativeType = string(in);
                    case "mediaType" -> mediaType = string(in);
                    case "images" -> images = images(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
        } catch (DateTimeParseException | NumberFormatException | IllegalStateException e) {
            throw new JsonParseException("a saved pin is malformed: " + e.getMessage(), e);
        }
        if (id == null) {
            throw new JsonParseException("a saved pin has no id");
        }
        return new Pin(id, title, description, link, altText, dominantColor, boardId, sectionId, parentPinId, owner,
                createdAt, creativeType, mediaType, images);
    }

    private static String string(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextString();
    }

    private static PinImages images(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        Map<String, PinImage> renditions = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            if (!in.nextName().equals("renditions") || in.peek() == JsonToken.NULL) {
                in.skipValue();
                continue;
            }
            in.beginObject();
            while (in.hasNext()) {
                String key = in.nextName();
                PinImage image = image(in);
                if (image != null) {
                    renditions.put(key, image);
                }
            }
            in.endObject();
        }
        in.endObject();
        return new PinImages(renditions);
    }

    private static PinImage image(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        String url = null;
        Integer width = null;
        Integer height = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "url" -> url = string(in);
                case "width" -> width = integer(in);
                case "height" -> height = integer(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (url == null) {
            throw new JsonParseException("a saved pin image has no url");
        }
        return new PinImage(url, width, height);
    }

    private static Integer integer(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextInt();
    }
}
