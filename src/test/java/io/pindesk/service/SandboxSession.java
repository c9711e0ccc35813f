package io.pindesk.service;

import io.pindesk.api.AccessTokenSource;
import io.pindesk.api.HttpSettings;
import io.pindesk.api.Pacers;
import io.pindesk.api.PinterestClient;
import io.pindesk.api.RetryPolicy;
import io.pindesk.domain.Scope;
import io.pindesk.sandbox.SandboxServer;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link AccountSession} over the local sandbox, as sign-in would hand one out, built like the API tests build
 * their clients. For tests and benchmarks; sign-in provides the real implementation.
 */
public final class SandboxSession implements AccountSession, AutoCloseable {

    /** Fast retries so fault tests run in milliseconds. */
    public static final RetryPolicy FAST_RETRIES =
            new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofSeconds(5));

    private final PinterestClient client;
    private final Set<Scope> scopes;

    public SandboxSession(URI apiBase, String token, Set<Scope> scopes, Duration responseTimeout) {
        this(apiBase, AccessTokenSource.fixed(token), scopes, responseTimeout);
    }

    /** With a token source of the test's own (e.g. one that says "sign in again"). */
    public SandboxSession(URI apiBase, AccessTokenSource tokens, Set<Scope> scopes, Duration responseTimeout) {
        this(apiBase, tokens, scopes, new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(40),
                Duration.ofSeconds(5)), Pacers.unspaced(4), new HttpSettings(Duration.ofSeconds(2), responseTimeout,
                        Duration.ofSeconds(2), Duration.ofSeconds(10), 8));
    }

    private SandboxSession(URI apiBase, AccessTokenSource tokens, Set<Scope> scopes, RetryPolicy retries,
            Pacers pacers, HttpSettings http) {
        this.scopes = scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes);
        this.client = PinterestClient.builder(apiBase).tokens(tokens).pacers(pacers).retryPolicy(retries)
                .httpSettings(http).build();
    }

    /** A session whose token the sandbox minted for exactly {@code scopes}. */
    public static SandboxSession minted(SandboxServer server, Set<Scope> scopes, RetryPolicy retries, Pacers pacers) {
        return minted(server, scopes, retries, pacers, mintedHttp());
    }

    /** The same with the given HTTP settings; benchmarks pass the app's {@link HttpSettings#STANDARD}. */
    public static SandboxSession minted(SandboxServer server, Set<Scope> scopes, RetryPolicy retries, Pacers pacers,
            HttpSettings http) {
        String token = server.testApi().mintAccessToken(
                scopes.stream().map(Scope::wireName).collect(Collectors.toSet()));
        return new SandboxSession(server.apiBase(), AccessTokenSource.fixed(token), scopes, retries, pacers, http);
    }

    private static HttpSettings mintedHttp() {
        return new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(20), 16);
    }

    public static SandboxSession allScopes(SandboxServer server) {
        return minted(server, EnumSet.allOf(Scope.class), FAST_RETRIES, Pacers.unspaced(6));
    }

    /** A session with all scopes for a sandbox in another process that minted {@code token}. */
    public static SandboxSession minted(URI apiBase, String token, RetryPolicy retries, Pacers pacers,
            HttpSettings http) {
        return new SandboxSession(apiBase, AccessTokenSource.fixed(token), EnumSet.allOf(Scope.class), retries, pacers,
                http);
    }

    /** As {@link #allScopes(SandboxServer)}, for a sandbox in another process that minted {@code token}. */
    public static SandboxSession allScopes(URI apiBase, String token) {
        return new SandboxSession(apiBase, AccessTokenSource.fixed(token), EnumSet.allOf(Scope.class), FAST_RETRIES,
                Pacers.unspaced(6), mintedHttp());
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

    @Override
    public void close() {
        client.close();
    }
}
