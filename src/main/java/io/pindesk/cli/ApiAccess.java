package io.pindesk.cli;

import io.pindesk.api.AccessTokenSource;
import io.pindesk.api.ApiException;
import io.pindesk.api.PinterestClient;
import io.pindesk.api.RateLimitedException;
import io.pindesk.service.AccountService;
import io.pindesk.service.AccountSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What the API commands share: {@code --api-base}, finding a token, building the client and turning API
 * failures into one-line CLI failures.
 */
final class ApiAccess {

    static final String TOKEN_ENV = "PINDESK_ACCESS_TOKEN";
    static final String API_BASE_OPTION = "api-base";

    static final String OPTIONS_HELP = String.join("\n",
            "  --api-base URL   API base URL (default " + PinterestClient.PRODUCTION + "); any",
            "                   Pinterest-compatible server, e.g. the local sandbox's http://127.0.0.1:PORT/v5",
            "",
            "The access token is read from the environment variable " + TOKEN_ENV + "; without it, the account",
            "signed in with 'pindesk login' is used (its API base unless --api-base is given).");

    private final List<TokenLookup> lookups;
    private final CliAccounts accounts;

    ApiAccess(List<TokenLookup> lookups) {
        this(lookups, null);
    }

    /** @param accounts the stored accounts, asked when no lookup found a token (null: none) */
    ApiAccess(List<TokenLookup> lookups, CliAccounts accounts) {
        this.lookups = List.copyOf(lookups);
        this.accounts = accounts;
    }

    /** A client and whatever must be closed with it (the account service, an in-process sandbox). */
    record Opened(PinterestClient client, AutoCloseable owner) implements AutoCloseable {
        @Override
        public void close() {
            if (owner == null) {
                client.close();
            } else { // the owner's sessions own their clients
                try {
                    owner.close();
                } catch (Exception e) {
                    // closing the account service only stops threads and the sandbox; nothing to report
                }
            }
        }
    }

    /**
     * The environment only, for now. Stored-account sign-in plugs in here: append its {@link TokenLookup} after
     * {@link TokenLookup#ENVIRONMENT}, so an explicit {@code PINDESK_ACCESS_TOKEN} still wins in scripts.
     */
    static ApiAccess standard() {
        return new ApiAccess(List.of(TokenLookup.ENVIRONMENT), CliAccounts.STANDARD);
    }

    /**
     * The client for this invocation: {@code PINDESK_ACCESS_TOKEN} (with {@code --api-base} or production) wins;
     * otherwise the account signed in with {@code pindesk login}, on its own API base.
     */
    Opened openSession(Args args, CliContext ctx) throws UsageException, CliFailure {
        URI base = apiBase(args);
        for (TokenLookup lookup : lookups) {
            Optional<AccessTokenSource> found = lookup.find(ctx, base);
            if (found.isPresent()) {
                return new Opened(PinterestClient.builder(base).tokens(found.get()).build(), null);
            }
        }
        if (accounts != null && java.nio.file.Files.exists(AccountService.accountsFile(ctx.dirs()))) {
            AccountService service = accounts.apply(ctx);
            Optional<AccountSession> session = service.restore();
            if (session.isPresent()) {
                URI accountBase = service.apiBase(session.get().accountKey()).orElseThrow();
                if (args.option(API_BASE_OPTION).isPresent() && !sameBase(base, accountBase)) {
                    service.close();
                    throw new CliFailure("the signed-in account uses " + accountBase + ", not " + base + "; set "
                            + TOKEN_ENV + " or run 'pindesk login --api-base " + base + "'");
                }
                return new Opened(session.get().client(), service);
            }
            String why = service.status().message();
            service.close();
            throw new CliFailure(why == null || why.isBlank() ? "not signed in: run 'pindesk login' or set " + TOKEN_ENV
                    : why + " Run 'pindesk login'.");
        }
        throw new CliFailure("no Pinterest access token: set " + TOKEN_ENV + " or run 'pindesk login'");
    }

    private static boolean sameBase(URI a, URI b) {
        return a.toString().replaceAll("/+$", "").equalsIgnoreCase(b.toString().replaceAll("/+$", ""));
    }

    PinterestClient open(Args args, CliContext ctx) throws UsageException, CliFailure {
        URI base = apiBase(args);
        AccessTokenSource tokens = null;
        for (TokenLookup lookup : lookups) {
            Optional<AccessTokenSource> found = lookup.find(ctx, base);
            if (found.isPresent()) {
                tokens = found.get();
                break;
            }
        }
        if (tokens == null) {
            throw new CliFailure("no Pinterest access token: set " + TOKEN_ENV);
        }
        return PinterestClient.builder(base).tokens(tokens).build();
    }

    static URI apiBase(Args args) throws UsageException {
        String text = args.option(API_BASE_OPTION).orElse(PinterestClient.PRODUCTION.toString()).strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new UsageException("--api-base must be an http(s) URL such as " + PinterestClient.PRODUCTION
                        + ", not '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--api-base is not a valid URL: '" + text + "'");
        }
    }

    /** An API failure as the one-line reason the CLI prints. */
    static CliFailure failure(ApiException e) {
        String message = e.getMessage();
        if (e instanceof RateLimitedException r && r.retryAt() != null) {
            message += "; retry after " + DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault())
                    .format(r.retryAt());
        }
        return new CliFailure(message, e);
    }
}
