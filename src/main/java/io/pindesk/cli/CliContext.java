package io.pindesk.cli;

import io.pindesk.store.AppDirs;
import java.io.PrintStream;
import java.util.Map;

/** What a command may use: its output streams, the environment and PinDesk's directories. */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, AppDirs dirs, String version) {

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
