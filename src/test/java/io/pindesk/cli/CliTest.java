package io.pindesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.store.AppDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A command that exercises each exit path. */
    private static final Command ECHO = new Command() {
        public String name() { return "echo"; }
        public String summary() { return "repeat the arguments"; }
        public String help() { return "Usage: pindesk echo WORD… [--fail] [--boom]"; }
        public int run(List<String> args, CliContext ctx) throws UsageException, CliFailure {
            Args a = Args.parse(args, java.util.Set.of(), java.util.Set.of("fail", "boom"));
            if (a.flag("fail")) {
                throw new CliFailure("board 42 was not found");
            }
            if (a.flag("boom")) {
                throw new IllegalStateException("pina_SECRETCANARY1234567890");
            }
            ctx.out().println(String.join(" ", a.positionals()));
            return Cli.OK;
        }
    };

    private int run(String... argv) {
        Cli cli = new Cli(List.of(ECHO));
        return cli.run(argv, new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), AppDirs.under(home), "1.2.3"));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }
    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        assertEquals(0, run("help"));
        assertTrue(out().contains("echo") && out().contains("repeat the arguments"), out());
        assertTrue(out().contains("Exit codes: 0 success, 1 failure"), out());
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out().contains("Commands:"));
    }

    @Test
    void everyCommandAnswersHelp() {
        assertEquals(0, run("echo", "--help"));
        assertTrue(out().startsWith("Usage: pindesk echo"));
        out.reset();
        assertEquals(0, run("help", "echo"));
        assertTrue(out().startsWith("Usage: pindesk echo"));
    }

    @Test
    void versionFlag() {
        assertEquals(0, run("--version"));
        assertEquals("PinDesk 1.2.3", out().trim());
    }

    @Test
    void successFailureAndUsageHaveDistinctExitCodes() {
        assertEquals(0, run("echo", "hello", "world"));
        assertEquals("hello world", out().trim());

        assertEquals(1, run("echo", "--fail"));
        assertEquals("pindesk echo: board 42 was not found", err().trim(), "one line on stderr");

        err.reset();
        assertEquals(2, run("echo", "--nope"));
        assertTrue(err().contains("unknown option --nope"), err());

        err.reset();
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
    }

    @Test
    void anUnexpectedErrorIsOneLineWithoutItsMessage() {
        assertEquals(1, run("echo", "--boom"));
        assertTrue(err().contains("unexpected error (IllegalStateException)"), err());
        assertTrue(!err().contains("SECRETCANARY"), "exception text may hold anything; it stays in the log");
        assertEquals(1, err().trim().lines().count());
    }
}
