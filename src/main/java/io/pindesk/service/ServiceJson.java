package io.pindesk.service;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.pindesk.store.Json;
import java.io.IOException;
import java.time.Instant;

/** PinDesk's file Gson plus ISO-8601 instants (Gson cannot reflect into java.time on Java 17). */
final class ServiceJson {

    private ServiceJson() {}

    static Gson gson() {
        return Json.files().newBuilder().registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
            @Override
            public void write(JsonWriter out, Instant value) throws IOException {
                if (value == null) {
                    out.nullValue();
                } else {
                    out.value(value.toString());
                }
            }

            @Override
            public Instant read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                return Instant.parse(in.nextString());
            }
        }.nullSafe()).create();
    }
}
