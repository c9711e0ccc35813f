package io.pindesk.ui.composer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/** Records the gaps between JavaFX pulses (an AnimationTimer asks for a pulse every frame). FX thread only. */
final class PulseGapTracker extends AnimationTimer {

    private volatile long last;
    private volatile long lastWall;
    private final List<Long> gapsNanos = new ArrayList<>();

    @Override
    public void handle(long now) {
        if (last != 0) {
            gapsNanos.add(now - last);
        }
        last = now;
        lastWall = System.nanoTime();
    }

    /** Nanoseconds since the last pulse (wall clock), for a watchdog thread. */
    long sinceLastPulse() {
        return lastWall == 0 ? 0 : System.nanoTime() - lastWall;
    }

    void reset() {
        last = 0;
        gapsNanos.clear();
    }

    double longestMillis() {
        return gapsNanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    String summary() {
        if (gapsNanos.isEmpty()) {
            return "no pulses";
        }
        List<Long> sorted = new ArrayList<>(gapsNanos);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format(java.util.Locale.ROOT, "%d pulses, longest gap %.1f ms, p99 %.1f ms, median %.1f ms, "
                + "mean %.1f ms", sorted.size(), sorted.get(sorted.size() - 1) / 1e6,
                sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99))) / 1e6,
                sorted.get(sorted.size() / 2) / 1e6, mean);
    }
}
