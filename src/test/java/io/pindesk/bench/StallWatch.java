package io.pindesk.bench;

import java.util.function.LongSupplier;

/**
 * For the pulse benchmarks, with {@code -Dbench.stalls=MS}: prints where the FX thread is whenever no pulse came
 * for that many milliseconds ({@code -Dbench.stalls.depth=N} frames, 14 unless told), to find what a long gap was
 * spent on (CSS, layout, waiting for the renderer, the app's own code). A daemon thread; does nothing without the
 * property. {@code -Dbench.stalls.every=MS} samples more often than every 10 ms.
 */
public final class StallWatch {

    private StallWatch() {}

    /** @param nanosSinceLastPulse time since the last pulse, 0 before the first */
    public static void startIfAsked(Thread fx, LongSupplier nanosSinceLastPulse) {
        int stallMs = Integer.getInteger("bench.stalls", 0);
        if (stallMs <= 0) {
            return;
        }
        int depth = Integer.getInteger("bench.stalls.depth", 14);
        int everyMs = Integer.getInteger("bench.stalls.every", 10);
        Thread watchdog = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(everyMs);
                } catch (InterruptedException e) {
                    return;
                }
                long since = nanosSinceLastPulse.getAsLong() / 1_000_000;
                if (since > stallMs) {
                    StackTraceElement[] st = fx.getStackTrace();
                    StringBuilder out = new StringBuilder("stall " + since + " ms, FX thread " + fx.getState() + ":");
                    for (int i = 0; i < Math.min(depth, st.length); i++) {
                        out.append("\n    at ").append(st[i]);
                    }
                    System.out.println(out);
                }
            }
        }, "pulse-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
