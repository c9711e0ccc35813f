package io.pindesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.secrets.TokenStore;
import io.pindesk.service.ConsentBrowser;
import io.pindesk.service.TestAccounts;
import io.pindesk.store.AppDirs;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code login --no-browser} in a terminal: the consent page is opened "elsewhere" (an HTTP client whose
 * redirect never reaches this machine), the address it ends on is piped into standard input; afterwards
 * whoami, accounts and boards use the stored account without PINDESK_ACCESS_TOKEN, and logout ends it.
 */
class LoginCommandTest {

    @TempDir Path home;
    private final TokenStore keychain = TestAccounts.memoryKeychain();
    private final Map<String, String> env = new HashMap<>();

    private CliAccounts accounts() {
        return ctx -> {
            try {
                return TestAccounts.service(home, keychain, home.resolve("sandbox-data"), UnaryOperator.identity(), ctx.env());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private Cli cli() {
        CliAccounts a = accounts();
        ApiAccess access = new ApiAccess(List.of(TokenLookup.ENVIRONMENT), a);
        return new Cli(List.of(new LoginCommand(a, uri -> {
            throw new AssertionError("--no-browser must not start a browser");
        }), new LogoutCommand(a), new AccountsCommand(a), new WhoamiCommand(a), new BoardsCommand(access)));
    }

    private record Run(int code, String out, String err) {}

    private Run run(InputStream in, ByteArrayOutputStream out, String... argv) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, AppDirs.under(home), "test", in);
        int code = cli().run(argv, ctx);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... argv) {
        return run(InputStream.nullInputStream(), new ByteArrayOutputStream(), argv);
    }

    @Test
    void loginWithoutBrowserAcceptsThePastedAddressAndLaterCommandsUseTheAccount() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Run> login = CompletableFuture.supplyAsync(() -> run(stdin, out, "login", "--env", "local", "--no-browser"));

        URI consent = awaitAddress(out);
        ConsentBrowser elsewhere = new ConsentBrowser(ConsentBrowser.Decision.ALLOW, Set.of(), false);
        elsewhere.open(consent);
        typing.write("not an address\n".getBytes(StandardCharsets.UTF_8)); // a slip first: told, and asked again
        typing.write((elsewhere.lastRedirect() + "\n").getBytes(StandardCharsets.UTF_8));
        typing.flush();
        Run done = login.get(60, TimeUnit.SECONDS);

        assertEquals(Cli.OK, done.code(), done.err());
        assertTrue(done.out().contains("Signed in as "), done.out());
        assertTrue(done.out().contains("(Local sandbox)"), done.out());
        assertTrue(done.out().contains("copy the whole address"), done.out());
        assertTrue(done.err().contains("not the address of this sign-in"), done.err());

        Run who = run("whoami");
        assertEquals(Cli.OK, who.code(), who.err());
        assertTrue(who.out().contains("Local sandbox"), who.out());

        Run list = run("accounts", "--json");
        assertEquals(Cli.OK, list.code(), list.err());
        assertTrue(list.out().contains("\"environment\":\"local\""), list.out());
        assertTrue(list.out().contains("\"current\":true"), list.out());

        Run boards = run("boards");
        assertEquals(Cli.OK, boards.code(), boards.err());
        assertFalse(boards.out().isBlank(), "the demo boards are listed without PINDESK_ACCESS_TOKEN");

        Run logout = run("logout");
        assertEquals(Cli.OK, logout.code(), logout.err());
        Run after = run("whoami");
        assertEquals(Cli.FAILURE, after.code());
        assertTrue(after.err().contains("login"), after.err());
        assertEquals(Cli.FAILURE, run("boards").code());
    }

    @Test
    void anEnvironmentTokenStillWinsAndBadOptionsAreUsageErrors() {
        assertEquals(Cli.USAGE, run("login", "--env", "mars").code());
        assertEquals(Cli.USAGE, run("login", "--env", "local", "--api-base", "http://127.0.0.1:1/v5").code());
        Run none = run("boards");
        assertEquals(Cli.FAILURE, none.code());
        assertTrue(none.err().contains("PINDESK_ACCESS_TOKEN") && none.err().contains("pindesk login"), none.err());
    }

    private static URI awaitAddress(ByteArrayOutputStream out) throws InterruptedException {
        Pattern p = Pattern.compile("^  (http://\\S+/oauth/\\?\\S+)$", Pattern.MULTILINE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = p.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no consent address printed: " + out.toString(StandardCharsets.UTF_8));
    }
}
