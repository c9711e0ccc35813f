package io.pindesk.cli;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;

/** Table cells and {@code --json} output for the API commands. */
final class CliOutput {

    /** Domain records as snake_case JSON, like Pinterest's own, with ISO-8601 instants. */
    static final Gson JSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (src, type, ctx) ->
                    new JsonPrimitive(src.toString()))
            .disableHtmlEscaping()
            .create();

    private CliOutput() {}

    /**
     * Writes a JSON array element by element as the iterator yields them, so a long pin listing starts printing at
     * once and never sits in memory whole.
     */
    static <T> int jsonArray(PrintStream out, Iterator<T> items) {
        int count = 0;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            JsonWriter json = new JsonWriter(w);
            json.setIndent("  ");
            json.beginArray();
            while (items.hasNext()) {
                JSON.toJson(JSON.toJsonTree(items.next()), json);
                count++;
            }
            json.endArray();
            json.flush();
            w.write(System.lineSeparator());
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** One table cell: no tabs or line breaks, so a listing stays one line per item for grep and cut. */
    static String cell(Object value) {
        if (value == null) {
            return "-";
        }
        String s = value.toString().replaceAll("[\\t\\r\\n]+", " ");
        return s.isEmpty() ? "-" : s;
    }
}
