package io.pindesk.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time per thread name (digits folded, so pools add up), from {@code /proc/self/task}: unlike ThreadMXBean it
 * also sees the JIT compiler, GC and renderer threads, which is where time goes on a 2-core machine. Empty where
 * there is no /proc. Threads that ended in between are not counted.
 */
public final class ThreadCpu {

    private ThreadCpu() {}

    public static Map<String, Double> byName() {
        Map<String, Double> out = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[0-9#]+", "N");
                    String[] fields = stat.substring(close + 2).split(" ");
                    // utime and stime, fields 14 and 15 of stat, in clock ticks (100 per second on Linux)
                    double ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
                    out.merge(name, ms, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** User and system CPU of another process so far, in ms (10 ms steps); 0 where there is no /proc. */
    public static double ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public static Map<String, Double> diff(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new TreeMap<>();
        after.forEach((name, ms) -> {
            double d = ms - before.getOrDefault(name, 0.0);
            if (d > 0) {
                out.put(name, d);
            }
        });
        return out;
    }

    public static String describe(Map<String, Double> cpu) {
        return cpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
