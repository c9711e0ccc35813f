package io.pindesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** FxFrames on the headless toolkit: "after the next frame" means a whole pulse later, never at once. */
@Tag("ui")
class FxFramesTest {

    @Test
    void doneRunsOnTheFxThreadAfterThatManyWholePulses() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        CountDownLatch done = new CountDownLatch(1);
        int[] seen = new int[2];
        boolean[] onFx = new boolean[1];
        Platform.runLater(() -> {
            counter.start();
            seen[0] = pulses.get();
            FxFrames.afterFrames(2, () -> {
                seen[1] = pulses.get();
                onFx[0] = Platform.isFxApplicationThread();
                done.countDown();
            });
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        Platform.runLater(counter::stop);
        assertTrue(onFx[0]);
        assertTrue(seen[1] - seen[0] >= 2, "not at once: two whole pulses went by, " + seen[0] + " -> " + seen[1]);
    }

    @Test
    void offTheFxThreadThereIsNothingToWaitFor() {
        boolean[] ran = new boolean[1];
        FxFrames.afterFrames(1, () -> ran[0] = true);
        assertTrue(ran[0]);
    }
}
