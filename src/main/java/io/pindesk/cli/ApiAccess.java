package io.pindesk.cli;

import io.pindesk.api.AccessTokenSource;
import io.pindesk.api.ApiException;
import io.pindesk.api.PinterestClient;
import io.pindesk.api.RateLimitedException;
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
            "The access token is read from the environment variable " + TOKEN_ENV + ".");

    private final List<TokenLookup> lookups;

    ApiAccess(List<TokenLookup> lookups) {
        this.lookups = List.copyOf(lookups);
    }

    /**
     * The environment only, for now. Stored-account sign-in plugs in here: append its {@link TokenLookup} after
     * {@link TokenLookup#ENVIRONMENT}, so an explicit {@code PINDESK_ACCESS_TOKEN} still wins in scripts.
     */
    static ApiAccess standard() {
        return new ApiAccess(List.of(TokenLookup.ENVIRONMENT));
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
