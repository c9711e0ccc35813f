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
    private final List<Long> endsNanos = new ArrayList<>(); // when each gap ended, from the reset
    private long resetAt = System.nanoTime();

    @Override
    public void handle(long now) {
        if (last != 0) {
            gapsNanos.add(now - last);
            endsNanos.add(System.nanoTime() - resetAt);
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
        endsNanos.clear();
        resetAt = System.nanoTime();
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
                sorted.get(sorted.size() / 2) / 1e6, mean) + "; longest three end at " + longestThree();
    }

    /** The three longest gaps as "gap@end" in ms from the reset, to tell which moment of a phase was slow. */
    private String longestThree() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gapsNanos.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(gapsNanos.get(b), gapsNanos.get(a)));
        StringBuilder out = new StringBuilder();
        for (int i : order.subList(0, Math.min(3, order.size()))) {
            out.append(out.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.0f@%.0f",
                    gapsNanos.get(i) / 1e6, endsNanos.get(i) / 1e6));
        }
        return out.toString();
    }
}
