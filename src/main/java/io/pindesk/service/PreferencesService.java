package io.pindesk.service;

import io.pindesk.store.Settings;
import io.pindesk.store.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The user's remembered choices (theme, window placement). Blocking: call off the FX thread. */
public final class PreferencesService {

    private final SettingsStore store;

    public PreferencesService(SettingsStore store) {
        this.store = store;
    }

    public Settings current() {
        return store.current();
    }

    public void setDarkTheme(boolean dark) {
        update(s -> s.withTheme(dark ? Settings.THEME_DARK : Settings.THEME_LIGHT));
    }

    public void setBoardSpacing(java.time.Duration spacing) {
        update(s -> s.withBoardSpacing(spacing));
    }

    public void saveWindow(Settings.WindowBounds bounds) {
        update(s -> s.withWindow(bounds));
    }

    private void update(java.util.function.UnaryOperator<Settings> change) {
        try {
            store.update(change);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + e.getMessage(), e);
        }
    }
}
