package io.pindesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir Path dir;

    @Test
    void remembersThemeAndWindowAcrossRestarts() throws IOException {
        SettingsStore first = new SettingsStore(dir, Json.files());
        assertFalse(first.load().darkTheme(), "light by default");
        first.update(s -> s.withTheme(Settings.THEME_DARK));
        first.update(s -> s.withWindow(new Settings.WindowBounds(10, 20, 1000, 700, false)));

        Settings reloaded = new SettingsStore(dir, Json.files()).load();
        assertTrue(reloaded.darkTheme());
        assertEquals(new Settings.WindowBounds(10, 20, 1000, 700, false), reloaded.window());
    }

    @Test
    void anUnreadableFileFallsBackToDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "not json at all {");
        Settings s = new SettingsStore(dir, Json.files()).load();
        assertEquals(Settings.defaults(), s);
    }

    @Test
    void unknownAndMissingMembersAreTolerated() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\":\"dark\",\"fromTheFuture\":42}");
        Settings s = new SettingsStore(dir, Json.files()).load();
        assertTrue(s.darkTheme());
        assertEquals(null, s.window());
    }
}
