package io.pindesk.cli;

import io.pindesk.api.AccessTokenSource;
import java.net.URI;
import java.util.Optional;

/**
 * One place the CLI may find an access token for an API base. {@link ApiAccess} asks each lookup in order; the
 * environment comes first so scripts always win. The sign-in work adds a stored-account lookup here.
 */
@FunctionalInterface
public interface TokenLookup {

    Optional<AccessTokenSource> find(CliContext ctx, URI apiBase);

    /** {@code PINDESK_ACCESS_TOKEN}: a fixed token for scripted use against any Pinterest-compatible server. */
    TokenLookup ENVIRONMENT = (ctx, apiBase) -> Optional.ofNullable(ctx.env(ApiAccess.TOKEN_ENV))
            .map(String::strip)
            .map(AccessTokenSource::fixed);
}
