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
}
