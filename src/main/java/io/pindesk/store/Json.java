package io.pindesk.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson configuration for PinDesk's own files (not the Pinterest wire format). */
public final class Json {
    private Json() {}

    public static Gson files() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    }
}
