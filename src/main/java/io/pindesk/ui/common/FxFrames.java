package io.pindesk.ui.common;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** When the FX thread has drawn what was just changed: for background work that should let the window go first. */
public final class FxFrames {

    private FxFrames() {}

    /**
     * Calls {@code done} on the FX thread once the next frame has been laid out and handed to the renderer: an
     * animation timer runs at the start of every pulse, so its second call means the pulse that took in the
     * changes made before this call is over. Off the FX thread (no toolkit, tests) there is nothing to wait for
     * and {@code done} runs at once.
     */
    public static void afterNextFrame(Runnable done) {
        if (!Platform.isFxApplicationThread()) {
            done.run();
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    done.run();
                }
            }
        }.start();
    }
}
