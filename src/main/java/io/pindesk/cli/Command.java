package io.pindesk.cli;

import java.util.List;

/**
 * One top-level CLI command ({@code boards}, {@code sandbox}, …). Commands with sub-commands
 * ({@code boards create}) dispatch on their first positional themselves.
 */
public interface Command {

    /** The word typed on the command line. */
    String name();

    /** One line for the command list in {@code pindesk help}. */
    String summary();

    /** The full text of {@code pindesk <name> --help}. */
    String help();

    /**
     * Runs the command. {@code --help} has already been handled.
     *
     * @return the exit code (0 success, 1 failure, 2 usage error)
     */
    int run(List<String> args, CliContext ctx) throws UsageException, CliFailure, InterruptedException;
}
