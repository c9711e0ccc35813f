package io.pindesk.store;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.pindesk.domain.IsoInstant;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Repeated;
import io.pindesk.domain.PinImage;
import io.pindesk.domain.PinImages;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pin in the saved library, read field by field (startup reads every saved pin of the boards it opens; Gson's
 * reflective record adapter spent most of that time looking up runtime types). The format, written by
 * {@link PinsDocWriter}, is exactly the reflective one (record component names, absent nulls), so existing caches
 * read unchanged. Unknown members are skipped; a pin without an id, or with a malformed value, is a
 * {@link JsonParseException} like any other corrupt file.
 */
final class PinJsonAdapter extends TypeAdapter<Pin> {

    /** Saving goes through {@link PinsDocWriter}, which writes this format straight to bytes. */
    @Override
    public void write(JsonWriter out, Pin pin) {
        throw new UnsupportedOperationException("saved pins are written by PinsDocWriter");
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
                    case "dominantColor" -> dominantColor = Repeated.string(string(in));
                    case "boardId" -> boardId = Repeated.string(string(in));
                    case "sectionId" -> sectionId = Repeated.string(string(in));
                    case "parentPinId" -> parentPinId = string(in);
                    case "boardOwnerUsername" -> owner = Repeated.string(string(in));
                    case "createdAt" -> {
                        String text = string(in);
                        createdAt = text == null ? null : IsoInstant.parse(text);
                    }
                    case "creativeType" -> creativeType = Repeated.string(string(in));
                    case "mediaType" -> mediaType = Repeated.string(string(in));
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
                String key = Repeated.string(in.nextName());
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
                case "width" -> width = Repeated.integer(integer(in));
                case "height" -> height = Repeated.integer(integer(in));
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
