package io.pindesk.service;

import io.pindesk.api.PinterestClient;
import io.pindesk.domain.Scope;
import java.util.Set;

/**
 * The signed-in account that library browsing and publishing work with. The account service supplies it; the
 * client it hands out already renews access tokens silently (single-flight, rotated refresh tokens kept in the
 * keychain), so users of this interface never see a token.
 */
public interface AccountSession {

    /** A stable, file-name-safe local key for this account (per-account caches, drafts and outbox live under it). */
    String accountKey();

    /** The Pinterest username, for display. */
    String username();

    /** Which environment it belongs to, for display ("Local sandbox", "Pinterest"…). */
    String environmentName();

    /** The authenticated API client for this account. Blocking; call off the FX thread. */
    PinterestClient client();

    /** The scopes the user granted; actions needing a missing one are disabled before any request is made. */
    Set<Scope> grantedScopes();

    default boolean has(Scope scope) {
        return grantedScopes().contains(scope);
    }
}
