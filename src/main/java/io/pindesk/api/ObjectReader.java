package io.pindesk.api;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.function.Function;

/** Reads one JSON object reply (a board, a pin …) and maps it to its domain record. */
final class ObjectReader<D, T> implements BodyParser<T> {

    private final TypeAdapter<D> adapter;
    private final Function<D, T> mapper;

    ObjectReader(Class<D> type, Function<D, T> mapper) {
        this.adapter = Wire.GSON.getAdapter(type);
        this.mapper = mapper;
    }

    @Override
    public T parse(JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw new IllegalStateException("expected a JSON object, got " + reader.peek());
        }
        return mapper.apply(adapter.read(reader));
    }
}
