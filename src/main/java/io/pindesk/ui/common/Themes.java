package io.pindesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Applies AtlantaFX's Primer theme (light or dark) as the user-agent stylesheet, plus PinDesk's small
 * {@code app.css} on each scene. JavaFX 21 cannot follow the OS theme, so it is a remembered setting.
 */
public final class Themes {

    private static final String APP_CSS = Objects.requireNonNull(
            Themes.class.getResource("/io/pindesk/ui/app.css"), "app.css").toExternalForm();

    private Themes() {}

    public static void apply(boolean dark) {
        Theme theme = dark ? new PrimerDark() : new PrimerLight();
        // The pre-compiled binary stylesheet loads several times faster than parsing 170 KB of CSS at startup.
        String bss = theme.getUserAgentStylesheetBSS();
        Application.setUserAgentStylesheet(bss != null ? bss : theme.getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
