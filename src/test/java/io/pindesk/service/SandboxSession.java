package io.pindesk.service;

import io.pindesk.api.HttpSettings;
import io.pindesk.api.Pacers;
import io.pindesk.api.PinterestClient;
import io.pindesk.api.RetryPolicy;
import io.pindesk.domain.Scope;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/** An {@link AccountSession} over a sandbox token, built like the API tests build their clients. */
public final class SandboxSession implements AccountSession {

    private final PinterestClient client;
    private final Set<Scope> scopes;

    public SandboxSession(URI apiBase, String token, Set<Scope> scopes, Duration responseTimeout) {
        this(apiBase, (io.pindesk.api.AccessTokenSource) () -> token, scopes, responseTimeout);
    }

    /** With a token source of the test's own (e.g. one that says "sign in again"). */
    public SandboxSession(URI apiBase, io.pindesk.api.AccessTokenSource tokens, Set<Scope> scopes,
            Duration responseTimeout) {
        this.scopes = scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes);
        this.client = PinterestClient.builder(apiBase)
                .tokens(tokens)
                .pacers(Pacers.unspaced(4))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofSeconds(5)))
                .httpSettings(new HttpSettings(Duration.ofSeconds(2), responseTimeout, Duration.ofSeconds(2),
                        Duration.ofSeconds(10), 8))
                .build();
    }

    public static Set<Scope> allScopes() {
        return EnumSet.allOf(Scope.class);
    }

    @Override
    public String accountKey() {
        return "sandbox-test";
    }

    @Override
    public String username() {
        return "sandbox";
    }

    @Override
    public String environmentName() {
        return "Local sandbox";
    }

    @Override
    public PinterestClient client() {
        return client;
    }

    @Override
    public Set<Scope> grantedScopes() {
        return scopes;
    }
}
