package io.pindesk.store;

import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Saves a board's pins as {@code pins/<boardId>.json}: exactly the JSON Gson wrote for a {@link LibraryCache.PinsDoc}
 * (record component names in order, absent nulls; {@link PinJsonAdapter} reads it back), but straight to UTF-8
 * bytes. A sync saves every pin of every changed board on the one background core, where Gson's writer took
 * about 5 µs a pin.
 */
final class PinsDocWriter {

    private PinsDocWriter() {}

    static void write(LibraryCache.PinsDoc doc, OutputStream out) throws IOException {
        Utf8JsonWriter w = new Utf8JsonWriter(out);
        w.beginObject();
        string(w, "boardId", doc.boardId());
        if (doc.pinsModifiedAt() != null) {
            w.name("pinsModifiedAt").value(doc.pinsModifiedAt().toString());
        }
        w.name("pins").beginArray();
        for (Pin pin : doc.pins()) {
            pin(w, pin);
        }
        w.endArray().endObject();
        w.flush();
    }

    private static void pin(Utf8JsonWriter w, Pin pin) throws IOException {
        w.beginObject();
        string(w, "id", pin.id());
        string(w, "title", pin.title());
        string(w, "description", pin.description());
        string(w, "link", pin.link());
        string(w, "altText", pin.altText());
        string(w, "dominantColor", pin.dominantColor());
        string(w, "boardId", pin.boardId());
        string(w, "sectionId", pin.sectionId());
        string(w, "parentPinId", pin.parentPinId());
        string(w, "boardOwnerUsername", pin.boardOwnerUsername());
        if (pin.createdAt() != null) {
            w.name("createdAt").value(pin.createdAt().toString());
        }
        string(w, "creativeType", pin.creativeType());
        string(w, "mediaType", pin.mediaType());
        w.name("images").beginObject().name("renditions").beginObject();
        for (Map.Entry<String, PinImage> e : pin.images().renditions().entrySet()) {
            PinImage image = e.getValue();
            w.name(e.getKey()).beginObject();
            w.name("url").value(image.url());
            if (image.width() != null) {
                w.name("width").value(image.width().longValue());
            }
            if (image.height() != null) {
                w.name("height").value(image.height().longValue());
            }
            w.endObject();
        }
        w.endObject().endObject();
        w.endObject();
    }

    private static void string(Utf8JsonWriter w, String name, String value) throws IOException {
        if (value != null) {
            w.name(name).value(value);
        }
    }
}
