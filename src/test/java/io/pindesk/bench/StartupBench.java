package io.pindesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * Benchmark 1: time from JVM start to the first frame of PinDesk's main window ({@code --smoke}), next to the
 * smallest possible JavaFX window on the same JVM and machine, alternating runs so load changes hit both alike.
 * PinDesk starts over a prepared data folder (settings, and the library cache once there is one).
 *
 * <p>Both start from jars, as installed apps do: class-path folders (target/classes, target/test-classes) are
 * packed into jars first. Besides the default start, each side is also measured with an application
 * class-data-sharing archive trained by one run of its own ({@code -XX:ArchiveClassesAtExit}), so the figure shows
 * what such an archive would do for PinDesk and for the reference alike.
 */
public final class StartupBench {

    private static final Pattern FIRST_FRAME = Pattern.compile("smoke: first frame after (\\d+) ms");
    private static final String PINDESK = "io.pindesk.app.Launcher";
    /** Use the archive when it fits; a missing, stale or foreign one is skipped silently (JDK 17: -Xshare:auto). */
    private static final List<String> QUIET_CDS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path work = Files.createTempDirectory("pindesk-bench-startup");
        Path home = work.resolve("home");
        BenchData.prepareCachedHome(home);
        String classPath = jarredClassPath(work.resolve("jars"));
        Path appArchive = work.resolve("pindesk.jsa");
        Path minimalArchive = work.resolve("minimal.jsa");
        train(PINDESK, List.of("--smoke"), home, classPath, appArchive);
        train(MinimalWindowMain.class.getName(), List.of(), home, classPath, minimalArchive);

        List<Long> app = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        List<Long> appCds = new ArrayList<>();
        List<Long> minimalCds = new ArrayList<>();
        for (int i = 0; i <= runs; i++) { // run 0 warms the OS file cache for all four
            long a = firstFrame(PINDESK, List.of("--smoke"), home, classPath, null);
            long m = firstFrame(MinimalWindowMain.class.getName(), List.of(), home, classPath, null);
            long ac = firstFrame(PINDESK, List.of("--smoke"), home, classPath, appArchive);
            long mc = firstFrame(MinimalWindowMain.class.getName(), List.of(), home, classPath, minimalArchive);
            if (i > 0) {
                app.add(a);
                minimal.add(m);
                appCds.add(ac);
                minimalCds.add(mc);
            }
        }
        double appMedian = median(app);
        double minimalMedian = median(minimal);
        double ratio = appMedian / minimalMedian;
        double appCdsMedian = median(appCds);
        double minimalCdsMedian = median(minimalCds);
        new BenchFigure("startup", "Startup: JVM start to first frame (cached library)", appMedian, "ms",
                "minimal JavaFX window", minimalMedian, ratio, "≤ 1.5× minimal window", ratio <= 1.5,
                String.format(java.util.Locale.ROOT, "median of %d runs each, headless (Monocle, software rendering),"
                        + " both from jars, no application CDS archive (as shipped); PinDesk %s ms, minimal %s ms."
                        + " Each with an AppCDS archive trained by one run of its own: PinDesk %.0f ms %s, minimal"
                        + " %.0f ms %s, ratio %.2f× (PinDesk with archive vs minimal without: %.2f×)",
                        runs, app, minimal, appCdsMedian, appCds, minimalCdsMedian, minimalCds,
                        appCdsMedian / minimalCdsMedian, appCdsMedian / minimalMedian)).print();
    }

    /** Creates the archive with one run; a failed training run fails the benchmark (it would measure nothing). */
    private static void train(String mainClass, List<String> args, Path home, String classPath, Path archive)
            throws Exception {
        List<String> jvm = new ArrayList<>(ChildJvm.HEADLESS_FX);
        jvm.add("-XX:ArchiveClassesAtExit=" + archive);
        jvm.addAll(QUIET_CDS);
        ChildJvm.Output out = ChildJvm.run(jvm, classPath, mainClass, args, Map.of("PINDESK_HOME", home.toString()), 120);
        if (out.exitCode() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("The training run of " + mainClass + " made no archive:\n" + out.text());
        }
    }

    private static long firstFrame(String mainClass, List<String> args, Path home, String classPath, Path archive)
            throws Exception {
        List<String> jvm = new ArrayList<>(ChildJvm.HEADLESS_FX);
        if (archive != null) {
            jvm.add("-XX:SharedArchiveFile=" + archive);
            jvm.addAll(QUIET_CDS);
        }
        ChildJvm.Output out = ChildJvm.run(jvm, classPath, mainClass, args, Map.of("PINDESK_HOME", home.toString()), 120);
        Matcher m = FIRST_FRAME.matcher(out.text());
        if (out.exitCode() != 0 || !m.find()) {
            throw new IllegalStateException(mainClass + " did not report a first frame:\n" + out.text());
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * This JVM's class path with every folder packed into a jar: apps ship as jars, and class-data sharing only
     * archives classes from jars (a class path with a non-empty folder cannot even be dumped).
     */
    static String jarredClassPath(Path jars) throws IOException {
        Files.createDirectories(jars);
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow(() -> new IllegalStateException("no jar tool"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path packed = jars.resolve("classes-" + n++ + ".jar");
                int code = jar.run(System.out, System.err, "--create", "--file", packed.toString(), "-C", entry, ".");
                if (code != 0) {
                    throw new IOException("could not pack " + entry);
                }
                entries.add(packed.toString());
            } else if (Files.exists(path)) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
