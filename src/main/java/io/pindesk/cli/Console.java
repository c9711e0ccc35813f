package io.pindesk.cli;

import java.io.PrintStream;

/**
 * The terminal. Only the CLI writes to the standard streams (an architecture rule), so the launcher goes
 * through here both to run commands and to explain a GUI start that cannot proceed.
 */
public final class Console {
    private Console() {}

    public static PrintStream out() {
        return System.out;
    }

    public static PrintStream err() {
        return System.err;
    }

    public static java.io.InputStream in() {
        return System.in;
    }
}
