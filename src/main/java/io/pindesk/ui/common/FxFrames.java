package io.pindesk.ui.common;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** When the FX thread has drawn what was just changed: for background work that should let the window go first. */
public final class FxFrames {

    private FxFrames() {}

    /**
     * Calls {@code done} on the FX thread once {@code count} frames have been laid out and handed to the renderer:
     * an animation timer runs at the start of every pulse, so its call number {@code count + 1} means that many
     * pulses, the first taking in the changes made before this call, are over. Off the FX thread (no toolkit,
     * tests) there is nothing to wait for and {@code done} runs at once.
     */
    public static void afterFrames(int count, Runnable done) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (!Platform.isFxApplicationThread()) {
            done.run();
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == count + 1) {
                    stop();
                    done.run();
                }
            }
        }.start();
    }
}
