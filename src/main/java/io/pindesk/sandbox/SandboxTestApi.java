package io.pindesk.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knobs the project's own tests turn: mint tokens without the browser, inject faults and rate limits, expire or
 * revoke tokens, move the clock, and read what the sandbox saw. Not reachable over HTTP.
 */
public final class SandboxTestApi {

    /** An access/refresh pair as the token endpoint would have issued it. */
    public record MintedTokens(String accessToken, String refreshToken, Set<String> scopes) {}

    /** Every scope PinDesk uses, secret ones included. */
    public static final Set<String> ALL_PINDESK_SCOPES = Set.of(Scopes.USER_ACCOUNTS_READ, Scopes.BOARDS_READ,
            Scopes.BOARDS_READ_SECRET, Scopes.BOARDS_WRITE, Scopes.BOARDS_WRITE_SECRET, Scopes.PINS_READ,
            Scopes.PINS_READ_SECRET, Scopes.PINS_WRITE, Scopes.PINS_WRITE_SECRET);

    private final SandboxServer server;

    SandboxTestApi(SandboxServer server) {
        this.server = server;
    }

    /** A bearer token usable at once, with exactly these scopes. */
    public String mintAccessToken(Set<String> scopes) {
        return mintTokens(scopes).accessToken();
    }

    public MintedTokens mintTokens(Set<String> scopes) {
        checkScopes(scopes);
        TokenService.TokenSet set = server.tokens.mint(scopes);
        return new MintedTokens(set.accessToken(), set.refreshToken(), set.scopes());
    }

    public void setFaults(FaultSpec spec) {
        server.faults.set(spec);
    }

    public FaultSpec faults() {
        return server.faults.spec();
    }

    /** Shorthand: {@code limit} requests per window in a category, then 429 code 8. */
    public void rateLimit(String category, int limit, Duration window, boolean retryAfter) {
        setFaults(faults().withRateLimit(category, new RateLimit(limit, window, retryAfter, true)));
    }

    public void setLatency(Duration latency) {
        server.setLatency(latency);
    }

    /** Makes one access or refresh token expired now; false if the sandbox never issued it. */
    public boolean expireToken(String token) {
        return server.tokens.expire(token);
    }

    public void expireAllAccessTokens() {
        server.tokens.expireAllAccessTokens();
    }

    public boolean revokeToken(String token) {
        return server.tokens.revoke(token);
    }

    public void revokeAllTokens() {
        server.tokens.revokeAll();
    }

    public void advanceClock(Duration by) {
        server.config().clock().advance(by);
    }

    /** Requests seen for one operation, e.g. {@code requestCount("GET", "/v5/boards/{board_id}/pins")}. */
    public long requestCount(String method, String template) {
        return server.log.count(method, template);
    }

    /** Every counter, keyed like "GET /v5/boards". */
    public Map<String, Long> requestCounts() {
        return server.log.counts();
    }

    /** Successful grants of one type: authorization_code, refresh_token or client_credentials. */
    public long tokenGrants(String grantType) {
        return server.tokens.grants(grantType);
    }

    public void recordExchanges(boolean on) {
        server.log.recording(on);
    }

    public List<RecordedExchange> recordedExchanges() {
        return server.log.recorded();
    }

    /** Clears faults, latency, counters and recordings (the library and tokens stay). */
    public void reset() {
        server.faults.set(FaultSpec.none());
        server.setLatency(Duration.ZERO);
        server.log.reset();
        server.tokens.resetCounters();
    }

    private static void checkScopes(Set<String> scopes) {
        for (String s : scopes) {
            if (!Scopes.ALL.contains(s)) {
                throw new IllegalArgumentException("unknown scope '" + s + "'");
            }
        }
    }
}
