package io.pindesk.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference for the startup benchmark: the smallest JavaFX window there is, timed exactly like PinDesk's
 * {@code --smoke} (JVM start → second pulse after the window is shown).
 */
public final class MinimalWindowMain {

    private MinimalWindowMain() {}

    /** Like PinDesk's Launcher, the main class does not extend Application (class-path JavaFX). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1200, 800));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("smoke: first frame after " + ms + " ms");
                Platform.exit();
            }
        }.start();
    }
    }
}
