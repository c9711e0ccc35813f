package io.pindesk.cli;

import io.pindesk.store.AppDirs;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a command may use: its output streams, the environment and PinDesk's directories, and standard input
 * ({@code login --no-browser} reads the pasted redirect address from it).
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, AppDirs dirs, String version,
        InputStream in) {

    /** Standard input is the process's. */
    public CliContext(PrintStream out, PrintStream err, Map<String, String> env, AppDirs dirs, String version) {
        this(out, err, env, dirs, version, Console.in());
    }

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
