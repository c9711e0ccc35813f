package io.pindesk.cli;

import io.pindesk.service.AccountEnvironment;
import io.pindesk.service.AccountService;
import io.pindesk.service.AccountSession;
import io.pindesk.service.SignInAttempt;
import io.pindesk.service.SignInProblem;
import io.pindesk.service.SignInTarget;
import io.pindesk.service.SystemBrowser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code pindesk login}: the same sign-in as the GUI (PKCE, consent page in the browser, loopback redirect),
 * tokens into the keychain. With {@code --no-browser} the address is only printed, and the address the browser
 * ends on can be pasted on standard input (a browser on another machine, WSL, SSH).
 */
public final class LoginCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("env", "api-base", "app-id");
    private static final Set<String> FLAGS = Set.of("no-browser");

    private final CliAccounts accounts;
    private final SystemBrowser browser;

    public LoginCommand() {
        this(CliAccounts.STANDARD, new CommandLineBrowser());
    }

    LoginCommand(CliAccounts accounts, SystemBrowser browser) {
        this.accounts = accounts;
        this.browser = browser;
    }

    @Override
    public String name() {
        return "login";
    }

    @Override
    public String summary() {
        return "sign in to Pinterest or the local sandbox (browser consent, tokens in the keychain)";
    }

    @Override
    public String help() {
        return """
                Usage: pindesk login [--env local|pinterest-sandbox|pinterest] [--api-base URL] [--app-id ID]
                                     [--no-browser]

                Opens the consent page in your browser and waits for it to come back to PinDesk on
                http://localhost:8085/ (or 8086, 8087). The sign-in is kept in the system keychain; later
                commands (boards, sections, pins, pin) use it without PINDESK_ACCESS_TOKEN.

                Options:
                  --env E         local (the embedded sandbox, no Pinterest app needed; the default when no App ID is
                                  configured), pinterest-sandbox, or pinterest (the default when an App ID is known)
                  --api-base URL  any Pinterest-compatible server (e.g. a 'pindesk sandbox' at http://127.0.0.1:PORT/v5)
                  --app-id ID     your Pinterest app's App ID (or PINDESK_APP_ID); the App secret comes from
                                  PINDESK_APP_SECRET or the keychain and is kept in the keychain only
                  --no-browser    do not start a browser: open the printed address anywhere, then paste the address
                                  the browser ends on (http://localhost:8085/?code=...) here and press Enter

                With --env local the local sandbox is started on port 8790 (or reused if PinDesk already runs it);
                commands that need it later start it again.
                """;
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        Args args = Args.parse(argv, OPTIONS, FLAGS);
        ApiCommand.noPositionals(args);
        try (AccountService service = accounts.apply(ctx)) {
            SignInTarget target = target(args, service, ctx);
            boolean noBrowser = args.flag("no-browser");
            SignInAttempt attempt;
            try {
                attempt = service.beginSignIn(target, noBrowser ? uri -> { } : browser);
            } catch (SignInProblem p) {
                throw new CliFailure(p.getMessage());
            }
            ctx.out().println("Sign in to " + target.environment().displayName() + " by opening this address in a browser:");
            ctx.out().println();
            ctx.out().println("  " + attempt.authorizationUri());
            ctx.out().println();
            if (noBrowser) {
                ctx.out().println("After you allow access, the browser is sent to an address starting with "
                        + attempt.redirectUri() + ".");
                ctx.out().println("If that page does not say \"You're signed in\", copy the whole address from the"
                        + " address bar, paste it here and press Enter:");
            } else {
                ctx.out().println("Waiting for the browser to come back to " + attempt.redirectUri()
                        + " (or paste the address it ends on here and press Enter)...");
            }
            ctx.out().flush();
            Thread reader = pastedAddressReader(ctx, attempt);
            try {
                AccountSession session = attempt.result().get(6, TimeUnit.MINUTES);
                ctx.out().println("Signed in as " + session.username() + " (" + session.environmentName() + ").");
                String warning = service.storageWarning();
                if (!warning.isBlank()) {
                    ctx.err().println("warning: " + warning);
                }
                return Cli.OK;
            } catch (ExecutionException e) {
                String message = e.getCause() instanceof SignInProblem p ? p.getMessage() : "the sign-in failed";
                throw new CliFailure(message);
            } catch (TimeoutException e) {
                attempt.cancel();
                throw new CliFailure("the sign-in timed out; run 'pindesk login' again");
            } finally {
                reader.interrupt();
            }
        }
    }

    private static SignInTarget target(Args args, AccountService service, CliContext ctx) throws UsageException {
        URI apiBase = args.option("api-base").isPresent() ? ApiAccess.apiBase(args) : null;
        String appId = args.option("app-id").orElse(null);
        AccountEnvironment env;
        if (args.option("env").isPresent()) {
            String text = args.option("env").get();
            env = AccountEnvironment.fromId(text).filter(e -> e != AccountEnvironment.CUSTOM).orElseThrow(() ->
                    new UsageException("--env must be local, pinterest-sandbox or pinterest, not '" + text + "'"));
            if (apiBase != null) {
                throw new UsageException("give either --env or --api-base, not both");
            }
        } else if (apiBase != null) {
            env = AccountEnvironment.CUSTOM;
        } else {
            env = appId != null || service.savedAppId().isPresent() ? AccountEnvironment.PINTEREST : AccountEnvironment.LOCAL;
        }
        return new SignInTarget(env, apiBase, appId, ctx.env(AccountService.APP_SECRET_ENV));
    }

    /** Reads pasted addresses until one completes the sign-in; a wrong one gets a message and another try. */
    private static Thread pastedAddressReader(CliContext ctx, SignInAttempt attempt) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8))) {
                String line;
                while (!attempt.result().isDone() && (line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        attempt.submitPastedAddress(line.strip());
                    } catch (SignInProblem p) {
                        ctx.err().println(p.getMessage());
                    }
                }
            } catch (IOException e) {
                // standard input closed: keep waiting for the browser
            }
        }, "login-stdin");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
