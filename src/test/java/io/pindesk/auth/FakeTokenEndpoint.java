package io.pindesk.auth;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A scripted token endpoint that records every call (arguments kept for assertions only). */
class FakeTokenEndpoint implements TokenEndpoint {

    record Exchange(String code, String verifier, String redirectUri) {}

    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    final List<String> refreshedWith = new CopyOnWriteArrayList<>();
    final List<String> revoked = new CopyOnWriteArrayList<>();
    final AtomicInteger counter = new AtomicInteger();

    /** What the next exchange returns or throws; by default a fresh grant. */
    volatile Script exchangeScript = () -> grant("pina_exchanged", "pinr_exchanged");
    volatile Script refreshScript = () -> {
        int n = counter.incrementAndGet();
        return grant("pina_refreshed" + n, "pinr_refreshed" + n);
    };

    @FunctionalInterface
    interface Script {
        TokenGrant next() throws TokenEndpointException;
    }

    static TokenGrant grant(String access, String refresh) {
        return new TokenGrant(access, refresh, 3600, 5_184_000L, Set.of("boards:read", "pins:read"));
    }

    @Override
    public TokenGrant exchange(String code, String codeVerifier, String redirectUri) throws TokenEndpointException {
        exchanges.add(new Exchange(code, codeVerifier, redirectUri));
        return exchangeScript.next();
    }

    @Override
    public TokenGrant refresh(String refreshToken) throws TokenEndpointException {
        refreshedWith.add(refreshToken);
        return refreshScript.next();
    }

    @Override
    public void revoke(String token) throws TokenEndpointException {
        revoked.add(token);
    }
}
