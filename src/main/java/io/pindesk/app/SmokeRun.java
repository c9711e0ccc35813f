package io.pindesk.app;

import io.pindesk.cli.Console;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code --smoke}: proves the installed app can start. After the main window's first rendered frame it prints the
 * time since the JVM started and exits 0. CI runs the packaged launcher this way; benchmarks read the figure.
 */
final class SmokeRun {

    private SmokeRun() {}

    static void exitAfterFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse lays out and renders the scene; by the second one that frame is on screen.
                if (++frames < 2) {
                    return;
                }
                stop();
                long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                StartupTrace.mark("frame");
                Console.out().println("smoke: first frame after " + sinceJvmStart + " ms (" + StartupTrace.summary() + ")");
                Console.out().flush();
                Platform.exit();
            }
        }.start();
    }
}
