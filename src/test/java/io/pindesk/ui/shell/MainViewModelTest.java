package io.pindesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.service.PreferencesService;
import io.pindesk.store.Json;
import io.pindesk.store.SettingsStore;
import io.pindesk.ui.common.UiAsync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the FX toolkit: properties work without it, and UiAsync is synchronous. */
class MainViewModelTest {

    @TempDir Path config;

    @Test
    void theThemeSwitchIsRemembered() {
        SettingsStore store = new SettingsStore(config, Json.files());
        MainViewModel vm = new MainViewModel(new PreferencesService(store), UiAsync.direct(), false);

        vm.toggleTheme();

        assertTrue(vm.isDarkTheme());
        assertTrue(new SettingsStore(config, Json.files()).load().darkTheme(), "persisted for the next start");
        vm.toggleTheme();
        assertFalse(new SettingsStore(config, Json.files()).load().darkTheme());
    }

    @Test
    void aFailedSaveKeepsTheSwitchAndSaysSo() throws IOException {
        Path notADirectory = config.resolve("blocked");
        Files.writeString(notADirectory, "a file where the config folder should be");
        SettingsStore store = new SettingsStore(notADirectory, Json.files());
        MainViewModel vm = new MainViewModel(new PreferencesService(store), UiAsync.direct(), false);

        vm.darkThemeProperty().set(true);

        assertTrue(vm.isDarkTheme(), "the user's choice still applies for this session");
        assertEquals("settings.saveFailed", vm.problemProperty().get());
    }
}
