package io.pindesk.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every benchmark, each in a fresh JVM, then prints one table and writes {@code target/bench/results.json}.
 * Run with {@code mvn -Pbench verify}.
 */
public final class BenchSuite {

    /**
     * A benchmark process: its main class, arguments and JVM options, and how many fresh JVMs run it. A figure
     * that one process measures once (the longest pulse gap of one cold sync) is reported as the median over the
     * processes, with every run's value in the notes.
     */
    record Bench(String mainClass, List<String> args, List<String> jvmArgs, int processes) {
        Bench(String mainClass, List<String> args, List<String> jvmArgs) {
            this(mainClass, args, jvmArgs, 1);
        }
    }

    static List<Bench> all() {
        // The app's benchmarks run with the options the installers ship (heap sizes decide how often a sync
        // collects garbage); the sandbox's throughput is the server's own figure.
        return List.of(
                new Bench(StartupBench.class.getName(), List.of("7"), List.of("-Xmx512m")),
                new Bench("io.pindesk.service.LibrarySyncBench", List.of("30", "500", "50"), app()),
                new Bench("io.pindesk.ui.boards.SyncPulseBench", List.of("30", "500", "50"), fx(), 3),
                new Bench("io.pindesk.ui.boards.LibraryScrollBench", List.of(), fx()),
                new Bench("io.pindesk.ui.composer.PublishPulseBench", List.of(), fx(), 3),
                new Bench("io.pindesk.media.PreparePipelineBench", List.of(), app()),
                new Bench("io.pindesk.sandbox.SandboxThroughputBench", List.of("10", "4"), List.of("-Xmx1g")));
    }

    private static List<String> app() {
        return AppJvmOptions.shipped();
    }

    private static List<String> fx() {
        List<String> args = new ArrayList<>(ChildJvm.HEADLESS_FX);
        args.addAll(app());
        return args;
    }

    public static void main(String[] args) throws Exception {
        List<BenchFigure> figures = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Bench bench : all()) {
            System.out.println("bench: running " + bench.mainClass() + " …");
            List<List<BenchFigure>> runs = new ArrayList<>();
            for (int i = 0; i < bench.processes(); i++) {
                ChildJvm.Output out = ChildJvm.run(bench.jvmArgs(), bench.mainClass(), bench.args(), Map.of(), 1800);
                List<BenchFigure> found = out.lines().stream().filter(l -> l.startsWith(BenchFigure.PREFIX))
                        .map(BenchFigure::parse).toList();
                if (out.exitCode() != 0 || found.isEmpty()) {
                    failures.add(bench.mainClass() + " (exit " + out.exitCode() + "):\n" + out.text());
                } else {
                    runs.add(found);
                }
            }
            figures.addAll(medianOf(runs));
        }
        printTable(figures);
        write(figures);
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.exit(1);
        }
    }

    /** Per figure id, the run with the median value, its notes listing every run's value. */
    static List<BenchFigure> medianOf(List<List<BenchFigure>> runs) {
        if (runs.size() <= 1) {
            return runs.isEmpty() ? List.of() : runs.get(0);
        }
        List<BenchFigure> out = new ArrayList<>();
        for (BenchFigure first : runs.get(0)) {
            List<BenchFigure> same = new ArrayList<>(runs.stream().flatMap(List::stream)
                    .filter(f -> f.id().equals(first.id())).toList());
            same.sort(java.util.Comparator.comparingDouble(BenchFigure::value));
            BenchFigure m = same.get(same.size() / 2);
            String all = same.stream().map(f -> format(f.value(), f.unit())).toList().toString();
            out.add(new BenchFigure(m.id(), m.title(), m.value(), m.unit(), m.reference(), m.referenceValue(),
                    m.ratio(), m.goal(), m.goalMet(), "median of " + same.size() + " processes " + all + "; this one: "
                            + m.notes()));
        }
        return out;
    }

    private static void printTable(List<BenchFigure> figures) {
        System.out.println();
        System.out.printf("PinDesk benchmarks, %s, %d cores, Java %s%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        String row = "| %-52s | %12s | %-26s | %12s | %7s | %-22s | %-4s |%n";
        System.out.printf(row, "figure", "PinDesk", "reference", "reference", "ratio", "goal", "met");
        System.out.printf(row, "-".repeat(52), "-".repeat(12), "-".repeat(26), "-".repeat(12), "-".repeat(7),
                "-".repeat(22), "-".repeat(4));
        for (BenchFigure f : figures) {
            System.out.printf(row, f.title(), format(f.value(), f.unit()), f.reference() == null ? "" : f.reference(),
                    f.referenceValue() == null ? "" : format(f.referenceValue(), f.unit()),
                    f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f×", f.ratio()), f.goal(),
                    f.goalMet() == null ? "" : f.goalMet() ? "yes" : "NO");
        }
        System.out.println();
        figures.stream().filter(f -> f.notes() != null).forEach(f -> System.out.println("  " + f.id() + ": " + f.notes()));
    }

    private static String format(double value, String unit) {
        return (value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value))
                + " " + unit;
    }

    private static void write(List<BenchFigure> figures) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", LocalDate.now().toString());
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("java", System.getProperty("java.version"));
        doc.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        doc.put("figures", figures);
        Path out = Path.of("target", "bench", "results.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(doc));
        System.out.println("bench: wrote " + out.toAbsolutePath());
    }
}
