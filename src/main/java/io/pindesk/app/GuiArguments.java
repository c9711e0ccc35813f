package io.pindesk.app;

import io.pindesk.cli.Cli;

/** Decides whether a command line asks for the window or for the CLI. */
final class GuiArguments {

    /** Options that belong to the window, not to the CLI. */
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
        // "Open with PinDesk" passes file paths or URLs: those open the window, anything else is a command.
        return !cli.isCommand(first) && !first.startsWith("-");
    }
}
