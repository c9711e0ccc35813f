package io.pindesk.app;

import io.pindesk.cli.Console;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code --smoke}: proves the installed app can start. After the first rendered frame that shows the window's
 * content (a returning user's library from its saved copy, or the sign-in screen) it prints the time since the JVM
 * started and exits 0. CI runs the packaged launcher this way; benchmarks read the figure.
 */
final class SmokeRun {

    private SmokeRun() {}

    static void exitAfterFirstFrame(javafx.beans.value.ObservableStringValue contentShown) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (contentShown.get() == null) {
                    return;
                }
                if (frames == 0) {
                    StartupTrace.mark("content");
                }
                // The first pulse with the content lays out and renders it; by the next one that frame is on screen.
                if (++frames < 2) {
                    return;
                }
                stop();
                long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                StartupTrace.mark("frame");
                Console.out().println("smoke: first frame after " + sinceJvmStart + " ms, showing " + contentShown.get()
                        + " (" + StartupTrace.summary() + ")");
                Console.out().flush();
                Platform.exit();
            }
        }.start();
    }
}
