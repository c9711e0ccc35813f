package io.pindesk.app;

import io.pindesk.cli.Cli;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Decides whether a command line asks for the window or for the CLI. */
final class GuiArguments {

    /** Starts the window, reports the time to the first frame and exits (used by CI and benchmarks). */
    static final String SMOKE = "--smoke";

    private GuiArguments() {}

    static boolean isGuiLaunch(String[] args, Cli cli) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        if (first.equals(SMOKE)) {
            return true;
        }
        if (cli.isCommand(first)) {
            return false;
        }
        // "Open with PinDesk" passes image files or URLs; a stray word is a mistyped command, not a file.
        return looksLikeFileOrUrl(first);
    }

    static boolean looksLikeFileOrUrl(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
            return true;
        }
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Why the window cannot open here, or null. On Linux without an X11 or Wayland display JavaFX fails with a
     * stack trace; saying so plainly (and pointing at the CLI) is kinder.
     */
    static String missingDisplay(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return null;
        }
        boolean hasDisplay = notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
        return hasDisplay ? null
                : "PinDesk needs a graphical display, and none is available (DISPLAY is not set). "
                        + "The command line works without one: run 'pindesk help'.";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
