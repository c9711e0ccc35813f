package io.pindesk.api;

import com.google.gson.stream.JsonReader;
import java.io.IOException;

/**
 * Reads a successful reply's JSON directly from the network stream. Throwing {@code IllegalStateException} or
 * Gson's {@code JsonParseException} means the reply is malformed; an {@code IOException} means the stream broke.
 */
@FunctionalInterface
interface BodyParser<T> {
    T parse(JsonReader reader) throws IOException;

    /**
     * The reply read straight from its bytes, when this parser has such a path and the reply suits it; null means
     * "read it from the JSON stream", which then decides as if this path did not exist.
     */
    default T parseBytes(byte[] body) {
        return null;
    }
}
