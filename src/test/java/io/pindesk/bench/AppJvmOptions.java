package io.pindesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the installers give PinDesk ({@code --java-options} in {@code packaging/common/jpackage.args}),
 * so that benchmarks measure the app as it ships: its heap settings decide how often a sync collects garbage.
 */
public final class AppJvmOptions {

    static final Path ARGS_FILE = Path.of("packaging", "common", "jpackage.args");

    private AppJvmOptions() {}

    /** The options, in file order; read from the project folder the benchmarks run in. */
    public static List<String> shipped() {
        try {
            return parse(Files.readAllLines(ARGS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("the installers' options (" + ARGS_FILE + ") could not be read", e);
        }
    }

    /** The value of every {@code --java-options} line of a jpackage argument file. */
    static List<String> parse(List<String> lines) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("--java-options ")) {
                String value = l.substring("--java-options ".length()).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                options.add(value);
            }
        }
        return List.copyOf(options);
    }
}
