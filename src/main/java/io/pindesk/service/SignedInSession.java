package io.pindesk.service;

import io.pindesk.api.OAuthClient;
import io.pindesk.api.PinterestClient;
import io.pindesk.auth.TokenManager;
import io.pindesk.domain.Scope;
import java.net.URI;
import java.util.Set;

/** One account with its token manager and its client; closed on sign-out. */
final class SignedInSession implements AccountSession, AutoCloseable {

    private final AccountRecord record;
    private final URI apiBase;
    private final TokenManager tokens;
    private final OAuthClient oauth;
    private final PinterestClient client;

    SignedInSession(AccountRecord record, URI apiBase, TokenManager tokens, OAuthClient oauth) {
        this.record = record;
        this.apiBase = apiBase;
        this.tokens = tokens;
        this.oauth = oauth;
        this.client = PinterestClient.builder(apiBase).tokens(new ManagedTokenSource(tokens)).build();
    }

    AccountRecord record() {
        return record;
    }

    TokenManager tokens() {
        return tokens;
    }

    URI apiBase() {
        return apiBase;
    }

    @Override
    public String accountKey() {
        return record.key();
    }

    @Override
    public String username() {
        return record.username();
    }

    @Override
    public String environmentName() {
        return record.env().displayName();
    }

    @Override
    public PinterestClient client() {
        return client;
    }

    @Override
    public Set<Scope> grantedScopes() {
        Set<String> live = tokens.grantedScopes();
        return Scope.parseList(String.join(" ", live.isEmpty() ? Set.copyOf(record.scopes()) : live));
    }

    @Override
    public void close() {
        client.close();
        oauth.close();
    }

    @Override
    public String toString() {
        return "AccountSession[" + record.key() + "]";
    }
}
