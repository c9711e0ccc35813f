package io.pindesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prepares the data folders benchmarks start from. */
public final class BenchData {

    private BenchData() {}

    /** A PinDesk home as a returning user has it: settings written (the library cache joins when it exists). */
    static void prepareCachedHome(Path home) throws IOException {
        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"), "{\"theme\":\"light\"}");
    }

    /** Removes a benchmark's scratch folder and everything in it; what cannot be removed is left (a warning). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("bench: could not remove " + root + ": " + e);
        }
    }
}
