package io.pindesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (main window wiring arrives with the app shell). */
public final class PinDeskApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle(AppInfo.NAME);
        stage.show();
    }
}
