package io.pindesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prepares the data folders benchmarks start from. */
final class BenchData {

    private BenchData() {}

    /** A PinDesk home as a returning user has it: settings written (the library cache joins when it exists). */
    static void prepareCachedHome(Path home) throws IOException {
        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"), "{\"theme\":\"light\"}");
    }
}
