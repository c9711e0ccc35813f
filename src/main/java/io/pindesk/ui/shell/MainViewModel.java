package io.pindesk.ui.shell;

import io.pindesk.service.PreferencesService;
import io.pindesk.ui.common.UiAsync;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window's frame: the theme switch and the status line. Toolkit-free, so it is tested
 * without starting JavaFX.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public MainViewModel(PreferencesService preferences, UiAsync async, boolean initiallyDark) {
        darkTheme.set(initiallyDark);
        // Persist every change of the switch, off the FX thread; a failed write is reported, the switch stays.
        darkTheme.addListener((obs, was, dark) -> async.background(() -> preferences.setDarkTheme(dark), error -> {
            LOG.warn("Could not remember the theme: {}", error.toString());
            problem.set("settings.saveFailed");
        }));
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public boolean isDarkTheme() {
        return darkTheme.get();
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    /** An i18n key of the last problem to show in the status line, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
