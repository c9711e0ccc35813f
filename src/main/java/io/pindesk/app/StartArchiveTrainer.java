package io.pindesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads, without initialising, every class named in a class list ({@code -XX:DumpLoadedClassList} format) and
 * exits. Run with {@code -XX:ArchiveClassesAtExit} by the Linux package's installer
 * (packaging/linux/make-start-archive.sh): the JVM then writes the app's classes into a class-data-sharing archive
 * layered on the runtime's own, so a start maps them instead of reading and verifying them from the jars. JDK 17
 * archives name the jars by absolute path, which is why this happens where the app is installed, not at build
 * time, and it needs no display: nothing is initialised, so no window, no toolkit and no network. Names that do not
 * load (lambda forms, proxies, classes of another platform) are skipped.
 */
public final class StartArchiveTrainer {

    private StartArchiveTrainer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            io.pindesk.cli.Console.err().println("usage: StartArchiveTrainer <class list>");
            System.exit(2);
        }
        int[] counts = load(Path.of(args[0]), StartArchiveTrainer.class.getClassLoader());
        io.pindesk.cli.Console.out().println("start archive: " + counts[0] + " classes loaded, " + counts[1]
                + " skipped");
        io.pindesk.cli.Console.out().flush();
    }

    /** Loads the list's plain class names; returns {loaded, skipped}. */
    static int[] load(Path list, ClassLoader loader) throws IOException {
        int loaded = 0;
        int skipped = 0;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            String name = line.strip().split("\\s+", 2)[0].replace('/', '.');
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                skipped++;
            }
        }
        return new int[] {loaded, skipped};
    }
}
