package io.pindesk.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command-line interface: dispatches {@code pindesk <command> …} to a {@link Command}.
 * Exit codes (design §6): 0 success, 1 failure with a one-line reason on stderr, 2 usage error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;


    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        for (Command c : commands) {
            this.commands.put(c.name(), c);
        }
    }

    /** The CLI with every command PinDesk ships. */
    public static Cli standard() {
        return new Cli(Commands.all());
    }

    public boolean isCommand(String word) {
        return commands.containsKey(word) || word.equals("help") || word.startsWith("-");
    }

    public int run(String[] argv, CliContext ctx) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            if (args.size() > 1) {
                Command c = commands.get(args.get(1));
                if (c == null) {
                    return usage(ctx.err(), "unknown command '" + args.get(1) + "'");
                }
                ctx.out().println(c.help());
                return OK;
            }
            printOverview(ctx.out(), ctx.version());
            return OK;
        }
        if (args.get(0).equals("--version") || args.get(0).equals("-V") || args.get(0).equals("version")) {
            ctx.out().println("PinDesk " + ctx.version());
            return OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            return usage(ctx.err(), "unknown command '" + args.get(0) + "'");
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            ctx.out().println(command.help());
            return OK;
        }
        try {
            return command.run(rest, ctx);
        } catch (UsageException e) {
            return usage(ctx.err(), e.getMessage() + " (see 'pindesk " + command.name() + " --help')");
        } catch (CliFailure e) {
            log().debug("{} failed", command.name(), e);
            ctx.err().println("pindesk " + command.name() + ": " + e.getMessage());
            return FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.err().println("pindesk " + command.name() + ": interrupted");
            return FAILURE;
        } catch (RuntimeException e) {
            // A bug, not bad input: keep the trace in the log, give the user one line.
            log().error("{} failed unexpectedly", command.name(), e);
            ctx.err().println("pindesk " + command.name() + ": unexpected error (" + e.getClass().getSimpleName()
                    + "); details are in the log");
            return FAILURE;
        }
    }

    /** Looked up only when needed: the GUI path consults the CLI first and must not wait for logging setup. */
    private static Logger log() {
        return LoggerFactory.getLogger(Cli.class);
    }

    private int usage(PrintStream err, String message) {
        err.println("pindesk: " + message);
        err.println("Run 'pindesk help' for the list of commands.");
        return USAGE;
    }

    private void printOverview(PrintStream out, String version) {
        out.println("PinDesk " + version + " — desktop manager for Pinterest boards, pins and drafts");
        out.println();
        out.println("Usage:");
        out.println("  pindesk                     open the PinDesk window");
        out.println("  pindesk <command> [options] run a command");
        out.println();
        out.println("Commands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4);
        width = Math.max(width, "help".length());
        for (Command c : commands.values()) {
            out.printf("  %-" + width + "s  %s%n", c.name(), c.summary());
        }
        out.printf("  %-" + width + "s  %s%n", "help", "show this help, or 'help <command>' for one command");
        out.println();
        out.println("Options:");
        out.println("  --version   print the version and exit");
        out.println("  --help      print this help (every command also accepts --help)");
        out.println();
        out.println("Exit codes: 0 success, 1 failure (reason on stderr), 2 usage error.");
    }
}
