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
 * packed into jars first. PinDesk is measured the way it ships: its packages carry a runtime whose
 * class-data-sharing archive was trained on one PinDesk start (packaging/common/prepare.sh) and holds the JDK and
 * JavaFX classes, and the Linux installer layers the app's own classes on top where it installs them
 * (make-start-archive.sh). Here the same archives are made from one training start of each program (its
 * loaded-class list without its own and its libraries' classes for the runtime layer, PinDesk's whole list for its
 * top layer), since this JVM's JavaFX comes from jars.
 * The figure compares PinDesk as shipped with the minimal window on a stock JDK; the notes add the stricter
 * comparison (the minimal window with an archive trained the same way) and PinDesk on a stock JDK.
 */
public final class StartupBench {

    private static final Pattern FIRST_FRAME = Pattern.compile("smoke: first frame after (\\d+) ms");
    /** What PinDesk's first content frame must show: the library when a sign-in can be restored. */
    private static String expectedContent = "sign-in";
    private static final String PINDESK = "io.pindesk.app.Launcher";
    private static final String MINIMAL = MinimalWindowMain.class.getName();
    /** Use the archive when it fits; a stale or foreign one is skipped silently (JDK 17: -Xshare:auto). */
    private static final List<String> QUIET_CDS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** What a runtime image holds: the JDK and JavaFX (and, headless, Monocle's glass platform). */
    private static final List<String> RUNTIME_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/",
            "javafx/", "org/w3c/", "org/xml/", "org/ietf/");

    /** How every measured process is started: inside a keychain session when this machine has one. */
    private static List<String> launchPrefix = List.of();
    private static Map<String, String> sessionEnv = Map.of();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path work = Files.createTempDirectory("pindesk-bench-startup");
        Path home = work.resolve("home");
        BenchData.prepareCachedHome(home);
        // A returning user: the sign-in restored from the keychain, the library shown from its saved copy.
        String startsInto = "the welcome screen (no keychain on this machine, so no sign-in to restore)";
        if (KeychainSession.available()) {
            launchPrefix = KeychainSession.prefix();
            sessionEnv = KeychainSession.env(work.resolve("desktop-home"));
            ChildJvm.Output seeded = ChildJvm.run(launchPrefix, List.of(), System.getProperty("java.class.path"),
                    ReturningUserHome.class.getName(), List.of(home.toString()), sessionEnv, 300);
            if (seeded.exitCode() != 0 || !seeded.text().contains("seeded")) {
                throw new IllegalStateException("Could not prepare the returning user's home:\n" + seeded.text());
            }
            expectedContent = "library";
            startsInto = "the library of a returning user (sign-in restored from gnome-keyring, 30 saved boards)";
        }
        String classPath = jarredClassPath(work.resolve("jars"));
        Path appBase = runtimeArchive(PINDESK, List.of("--smoke"), home, classPath, work.resolve("pindesk"));
        String appArchive = appBase + File.pathSeparator + startArchive(appBase, classPath, work.resolve("pindesk"));
        String minimalArchive = runtimeArchive(MINIMAL, List.of(), home, classPath, work.resolve("minimal")).toString();

        List<Long> app = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        List<Long> appStock = new ArrayList<>();
        List<Long> minimalTrained = new ArrayList<>();
        for (int i = 0; i <= runs; i++) { // run 0 warms the OS file cache for all four
            long a = firstFrame(PINDESK, List.of("--smoke"), home, classPath, appArchive);
            long m = firstFrame(MINIMAL, List.of(), home, classPath, null);
            long as = firstFrame(PINDESK, List.of("--smoke"), home, classPath, null);
            long mt = firstFrame(MINIMAL, List.of(), home, classPath, minimalArchive);
            if (i > 0) {
                app.add(a);
                minimal.add(m);
                appStock.add(as);
                minimalTrained.add(mt);
            }
        }
        BenchData.deleteTree(work);
        double appMedian = median(app);
        double minimalMedian = median(minimal);
        double ratio = appMedian / minimalMedian;
        double minimalTrainedMedian = median(minimalTrained);
        double appStockMedian = median(appStock);
        new BenchFigure("startup", "Startup: JVM start to first frame (cached library)", appMedian, "ms",
                "minimal JavaFX window", minimalMedian, ratio, "≤ 1.5× minimal window", ratio <= 1.5,
                String.format(java.util.Locale.ROOT, "PinDesk starts into %s; median of %d runs each, headless"
                        + " (Monocle, software rendering), from jars; PinDesk as the Linux package installs it (runtime CDS archive trained on its start, app classes layered on top) %s ms, minimal"
                        + " window on a stock JDK %s ms. Stricter: minimal window with a runtime archive trained on"
                        + " its own start %.0f ms %s, ratio %.2f×. PinDesk on a stock JDK %.0f ms %s, ratio %.2f×",
                        startsInto, runs, app, minimal, minimalTrainedMedian, minimalTrained, appMedian / minimalTrainedMedian,
                        appStockMedian, appStock, appStockMedian / minimalMedian)).print();
    }

    /**
     * Like packaging/common/prepare.sh: one start lists the classes loaded, and a static archive is dumped from the
     * runtime's share of that list. A failed step fails the benchmark (it would measure nothing).
     */
    private static Path runtimeArchive(String mainClass, List<String> args, Path home, String classPath, Path prefix)
            throws Exception {
        Path list = Path.of(prefix + ".classlist");
        List<String> jvm = new ArrayList<>(ChildJvm.HEADLESS_FX);
        jvm.add("-XX:DumpLoadedClassList=" + list);
        ChildJvm.Output out = ChildJvm.run(launchPrefix, jvm, classPath, mainClass, args, env(home), 120);
        if (out.exitCode() != 0 || !Files.isRegularFile(list)) {
            throw new IllegalStateException("The training start of " + mainClass + " listed no classes:\n" + out.text());
        }
        Path runtimeList = Path.of(prefix + ".runtime.classlist");
        Files.write(runtimeList, Files.readAllLines(list).stream().filter(StartupBench::isRuntimeEntry).toList());
        Path archive = Path.of(prefix + ".jsa");
        ChildJvm.Output dump = ChildJvm.run(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + runtimeList,
                "-XX:SharedArchiveFile=" + archive), classPath, mainClass, List.of(), Map.of(), 120);
        if (dump.exitCode() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("No archive for " + mainClass + ":\n" + dump.text());
        }
        return archive;
    }

    /**
     * Like the Linux installer (packaging/linux/make-start-archive.sh): the app's classes from the training start's
     * list, loaded by {@code StartArchiveTrainer} and written as a layer on top of the runtime archive.
     */
    private static Path startArchive(Path base, String classPath, Path prefix) throws Exception {
        Path top = Path.of(prefix + ".top.jsa");
        ChildJvm.Output out = ChildJvm.run(List.of("-XX:SharedArchiveFile=" + base, "-XX:ArchiveClassesAtExit=" + top),
                classPath, "io.pindesk.app.StartArchiveTrainer", List.of(prefix + ".classlist"), Map.of(), 120);
        if (out.exitCode() != 0 || !Files.isRegularFile(top)) {
            throw new IllegalStateException("No start archive:\n" + out.text());
        }
        return top;
    }

    private static Map<String, String> env(Path home) {
        Map<String, String> env = new java.util.HashMap<>(sessionEnv);
        env.put("PINDESK_HOME", home.toString());
        return env;
    }

    /** Class-list lines ({@code name}, {@code @lambda-proxy owner ...}, {@code @lambda-form-invoker ...}). */
    static boolean isRuntimeEntry(String line) {
        if (line.startsWith("@lambda-form-invoker") || line.startsWith("#")) {
            return true;
        }
        String name = line.startsWith("@lambda-proxy ") ? line.substring("@lambda-proxy ".length()) : line;
        return RUNTIME_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /** {@code archive}: the -XX:SharedArchiveFile value (one archive, or a base and a top layer), or null. */
    private static long firstFrame(String mainClass, List<String> args, Path home, String classPath, String archive)
            throws Exception {
        List<String> jvm = new ArrayList<>(ChildJvm.HEADLESS_FX);
        if (mainClass.equals(PINDESK)) {
            jvm.addAll(AppJvmOptions.shipped()); // as the installers start it
        }
        if (archive != null) {
            jvm.add("-XX:SharedArchiveFile=" + archive);
            jvm.addAll(QUIET_CDS);
        }
        ChildJvm.Output out = ChildJvm.run(launchPrefix, jvm, classPath, mainClass, args, env(home), 120);
        Matcher m = FIRST_FRAME.matcher(out.text());
        if (out.exitCode() != 0 || !m.find()) {
            throw new IllegalStateException(mainClass + " did not report a first frame:\n" + out.text());
        }
        if (mainClass.equals(PINDESK) && !out.text().contains("showing " + expectedContent)) {
            throw new IllegalStateException("PinDesk's first frame did not show the " + expectedContent + ":\n"
                    + out.text());
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
