package io.pindesk.service;

import io.pindesk.api.AccessTokenSource;
import io.pindesk.api.HttpSettings;
import io.pindesk.api.Pacers;
import io.pindesk.api.PinterestClient;
import io.pindesk.api.RetryPolicy;
import io.pindesk.domain.Scope;
import io.pindesk.sandbox.SandboxServer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link AccountSession} over the local sandbox, as sign-in would hand one out, with a token minted for exactly
 * {@code scopes}. For tests and benchmarks; sign-in provides the real implementation.
 */
public final class SandboxAccountSession implements AccountSession, AutoCloseable {

    /** Fast retries so fault tests run in milliseconds. */
    public static final RetryPolicy FAST_RETRIES =
            new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofSeconds(5));

    private final PinterestClient client;
    private final Set<Scope> scopes;

    public SandboxAccountSession(SandboxServer server, Set<Scope> scopes, RetryPolicy retries, Pacers pacers) {
        this.scopes = Set.copyOf(scopes);
        String token = server.testApi().mintAccessToken(
                scopes.stream().map(Scope::wireName).collect(Collectors.toSet()));
        this.client = PinterestClient.builder(server.apiBase())
                .tokens(AccessTokenSource.fixed(token))
                .pacers(pacers)
                .retryPolicy(retries)
                .httpSettings(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5),
                        Duration.ofSeconds(20), 16))
                .build();
    }

    public static SandboxAccountSession allScopes(SandboxServer server) {
        return new SandboxAccountSession(server, EnumSet.allOf(Scope.class), FAST_RETRIES, Pacers.unspaced(6));
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

    @Override
    public void close() {
        client.close();
    }
}
