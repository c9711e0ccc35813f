package io.pindesk.store;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings in {@code settings.json} under the config directory. Reads once, keeps the current value in
 * memory and writes through atomically. Blocking: call from a background thread.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final JsonFile<Settings> file;
    private final AtomicReference<Settings> current = new AtomicReference<>();

    public SettingsStore(Path configDir, Gson gson) {
        this.file = new JsonFile<>(configDir.resolve("settings.json"), Settings.class, gson);
    }

    public Settings load() {
        Settings loaded;
        try {
            loaded = file.read().orElseGet(Settings::defaults);
        } catch (IOException e) {
            LOG.warn("Could not read settings, using defaults: {}", e.toString());
            loaded = Settings.defaults();
        }
        current.set(loaded);
        return loaded;
    }

    public Settings current() {
        Settings s = current.get();
        return s != null ? s : load();
    }

    /** Applies a change and persists it; returns the new settings. Serialized so updates never interleave. */
    public synchronized Settings update(UnaryOperator<Settings> change) throws IOException {
        Settings next = change.apply(current());
        file.write(next);
        current.set(next);
        return next;
    }
}
