package io.pindesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark 1: time from JVM start to the first frame of PinDesk's main window ({@code --smoke}), next to the
 * smallest possible JavaFX window on the same JVM and machine, alternating runs so load changes hit both alike.
 * PinDesk starts over a prepared data folder (settings, and the library cache once there is one).
 */
public final class StartupBench {

    private static final Pattern FIRST_FRAME = Pattern.compile("smoke: first frame after (\\d+) ms");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path home = Files.createTempDirectory("pindesk-bench-startup");
        BenchData.prepareCachedHome(home);
        List<Long> app = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        for (int i = 0; i <= runs; i++) { // run 0 warms the OS file cache for both
            long a = firstFrame("io.pindesk.app.Launcher", List.of("--smoke"), home);
            long m = firstFrame(MinimalWindowMain.class.getName(), List.of(), home);
            if (i > 0) {
                app.add(a);
                minimal.add(m);
            }
        }
        double appMedian = median(app);
        double minimalMedian = median(minimal);
        double ratio = appMedian / minimalMedian;
        new BenchFigure("startup", "Startup: JVM start to first frame (cached library)", appMedian, "ms",
                "minimal JavaFX window", minimalMedian, ratio, "≤ 1.5× minimal window", ratio <= 1.5,
                "median of " + runs + " runs each, headless (Monocle, software rendering); PinDesk " + app
                        + " ms, minimal " + minimal + " ms").print();
    }

    private static long firstFrame(String mainClass, List<String> args, Path home) throws Exception {
        ChildJvm.Output out = ChildJvm.run(ChildJvm.HEADLESS_FX, mainClass, args,
                Map.of("PINDESK_HOME", home.toString()), 120);
        Matcher m = FIRST_FRAME.matcher(out.text());
        if (out.exitCode() != 0 || !m.find()) {
            throw new IllegalStateException(mainClass + " did not report a first frame:\n" + out.text());
        }
        return Long.parseLong(m.group(1));
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
