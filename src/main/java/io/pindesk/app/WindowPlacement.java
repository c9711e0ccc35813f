package io.pindesk.app;

import io.pindesk.store.Settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores and captures the main window's size and position. A remembered position that is no longer on any
 * screen (a monitor was unplugged) is ignored so the window never opens out of reach.
 */
final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 520;

    private WindowPlacement() {}

    static void restore(Stage stage, WindowBounds saved) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        if (saved != null && isVisible(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(Math.max(MIN_WIDTH, saved.width()));
            stage.setHeight(Math.max(MIN_HEIGHT, saved.height()));
            stage.setMaximized(saved.maximized());
        } else {
            double w = Math.min(DEFAULT_WIDTH, primary.getWidth());
            double h = Math.min(DEFAULT_HEIGHT, primary.getHeight());
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(primary.getMinX() + (primary.getWidth() - w) / 2);
            stage.setY(primary.getMinY() + (primary.getHeight() - h) / 2);
        }
    }

    /** The bounds to remember; while maximized the stage reports the screen size, so keep the flag instead. */
    static WindowBounds capture(Stage stage, WindowBounds previous) {
        if (stage.isMaximized() && previous != null) {
            return new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true);
        }
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private static boolean isVisible(WindowBounds b) {
        if (b.width() < 100 || b.height() < 100 || Double.isNaN(b.x()) || Double.isNaN(b.y())) {
            return false;
        }
        // At least the title bar's top-left area must be on some screen.
        return !Screen.getScreensForRectangle(b.x() + 20, b.y() + 5, 120, 30).isEmpty();
    }
}
