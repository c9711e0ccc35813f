package io.pindesk.api;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.pindesk.domain.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a {@code {"items": [...], "bookmark": ...}} page straight off the stream, item by item, so a 250-pin page
 * never exists as a JSON tree in memory. Unknown members are skipped.
 */
final class PageReader<D, T> implements BodyParser<Page<T>> {

    /** A page's items and bookmark as read from the reply's bytes, before mapping. */
    record Raw<D>(List<D> items, String bookmark) {}

    /** Reads a whole page from its bytes, or declines ({@link PinPageBytes}). */
    @FunctionalInterface
    interface FromBytes<D> {
        Raw<D> read(byte[] body) throws JsonBytes.Declined;
    }

    private final TypeAdapter<D> adapter;
    private final Function<D, T> mapper;
    private final FromBytes<D> fromBytes; // null: the stream only

    PageReader(Class<D> type, Function<D, T> mapper) {
        this(type, mapper, null);
    }

    PageReader(Class<D> type, Function<D, T> mapper, FromBytes<D> fromBytes) {
        this.adapter = Wire.GSON.getAdapter(type);
        this.mapper = mapper;
        this.fromBytes = fromBytes;
    }

    @Override
    public Page<T> parseBytes(byte[] body) {
        if (fromBytes == null) {
            return null;
        }
        Raw<D> raw;
        try {
            raw = fromBytes.read(body);
        } catch (JsonBytes.Declined e) {
            return null;
        }
        List<T> items = new ArrayList<>(raw.items().size());
        for (D item : raw.items()) {
            items.add(mapper.apply(item));
        }
        return new Page<>(items, raw.bookmark());
    }

    @Override
    public Page<T> parse(JsonReader reader) throws IOException {
        List<T> items = null;
        String bookmark = null;
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (name.equals("items") && reader.peek() == JsonToken.BEGIN_ARRAY) {
                items = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    items.add(mapper.apply(adapter.read(reader)));
                }
                reader.endArray();
            } else if (name.equals("bookmark") && reader.peek() == JsonToken.STRING) {
                bookmark = reader.nextString();
            } else if (name.equals("items") || name.equals("bookmark") && reader.peek() != JsonToken.NULL) {
                throw new IllegalStateException("'" + name + "' has the wrong type (" + reader.peek() + ")");
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        if (items == null) {
            throw new IllegalStateException("a page without 'items'");
        }
        return new Page<>(items, bookmark);
    }
}
