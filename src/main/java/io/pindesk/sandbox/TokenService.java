package io.pindesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Authorization codes and tokens (design §5, RFC 6749/7636/9700): single-use codes that expire after 10 minutes,
 * PKCE S256, refresh-token rotation with reuse detection that revokes the whole family. Only SHA-256 hashes of
 * codes and tokens are kept, so neither memory dumps of the map nor the data folder hold a usable credential.
 */
final class TokenService {

    static final Duration CODE_TTL = Duration.ofMinutes(10);
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    /** What a successful grant hands out. {@code refreshToken} is null for client credentials. */
    record TokenSet(String accessToken, String refreshToken, Set<String> scopes, long expiresIn,
            long refreshExpiresIn, long refreshExpiresAt, String responseType) {}

    /** A stored token; public fields so Gson can persist it. */
    static final class TokenRecord {
        String hash;
        String kind;
        List<String> scopes;
        long expiresAt;
        String family;
        boolean revoked;
        boolean rotated;
    }

    private static final class AuthCode {
        String clientId;
        String redirectUri;
        Set<String> scopes;
        String challenge;
        long expiresAt;
        boolean used;
        String family;
    }

    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final Runnable changed;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, TokenRecord> tokens = new ConcurrentHashMap<>();
    private final Map<String, AuthCode> codes = new HashMap<>();
    private final Map<String, LongAdder> grants = new ConcurrentHashMap<>();

    TokenService(Clock clock, Duration accessTtl, Duration refreshTtl, Runnable changed) {
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.changed = changed;
    }

    String issueCode(String clientId, String redirectUri, Set<String> scopes, String challenge) {
        String code = randomToken("", 32);
        AuthCode c = new AuthCode();
        c.clientId = clientId;
        c.redirectUri = redirectUri;
        c.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
        c.challenge = challenge;
        c.expiresAt = clock.millis() + CODE_TTL.toMillis();
        synchronized (this) {
            long now = clock.millis();
            codes.values().removeIf(old -> old.expiresAt + CODE_TTL.toMillis() < now);
            codes.put(hash(code), c);
        }
        return code;
    }

    TokenSet exchangeCode(String clientId, String code, String redirectUri, String verifier) throws ApiError {
        TokenSet issued;
        boolean reused = false;
        synchronized (this) {
            AuthCode c = code == null ? null : codes.get(hash(code));
            if (c == null) {
                throw grantError("The authorization code is invalid.");
            }
            if (c.used) {
                if (c.family != null) {
                    revokeFamily(c.family);
                }
                reused = true;
            }
            if (!reused) {
                c.used = true;
                issued = checkedIssue(c, clientId, redirectUri, verifier);
            } else {
                issued = null;
            }
        }
        // Persisting happens outside the monitor: the snapshot writer needs it to read the tokens.
        changed.run();
        if (reused) {
            throw grantError("The authorization code was already used; the tokens issued for it are revoked.");
        }
        count("authorization_code");
        return issued;
    }

    private TokenSet checkedIssue(AuthCode c, String clientId, String redirectUri, String verifier) throws ApiError {
        if (clock.millis() >= c.expiresAt) {
            throw grantError("The authorization code has expired.");
        }
        if (!c.clientId.equals(clientId)) {
            throw grantError("The authorization code was issued to another client.");
        }
        if (redirectUri == null || !c.redirectUri.equals(redirectUri)) {
            throw grantError("redirect_uri does not match the one of the authorization request.");
        }
        if (c.challenge != null) {
            if (verifier == null) {
                throw grantError("code_verifier is required: the authorization request had a code_challenge.");
            }
            if (!VERIFIER.matcher(verifier).matches()) {
                throw grantError("code_verifier must be 43–128 unreserved characters.");
            }
            if (!MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                    c.challenge.getBytes(StandardCharsets.US_ASCII))) {
                throw grantError("code_verifier does not match the code_challenge.");
            }
        } else if (verifier != null) {
            // RFC 9700 §2.1.1: a verifier without a challenge is a downgrade attempt.
            throw grantError("code_verifier was sent but the authorization request had no code_challenge.");
        }
        c.family = randomToken("f", 12);
        return issuePair(c.scopes, c.family, "authorization_code");
    }

    TokenSet refresh(String refreshToken, String scope) throws ApiError {
        TokenSet issued = null;
        boolean reused = false;
        synchronized (this) {
            TokenRecord r = refreshToken == null ? null : tokens.get(hash(refreshToken));
            if (r == null || !"refresh".equals(r.kind)) {
                throw grantError("The refresh token is invalid.");
            }
            if (r.rotated && !r.revoked) {
                // RFC 9700 §4.14.2: a rotated token coming back means it leaked (or a client raced); kill the family.
                revokeFamily(r.family);
                reused = true;
            }
            if (r.revoked && !reused) {
                throw grantError("The refresh token has been revoked.");
            }
            if (!reused) {
                issued = rotate(r, scope);
            }
        }
        changed.run();
        if (reused) {
            throw grantError("The refresh token was already used; every token of this sign-in is now revoked.");
        }
        count("refresh_token");
        return issued;
    }

    private TokenSet rotate(TokenRecord r, String scope) throws ApiError {
        if (clock.millis() >= r.expiresAt) {
            throw grantError("The refresh token has expired.");
        }
        Set<String> scopes = new LinkedHashSet<>(r.scopes);
        if (scope != null && !scope.isBlank()) {
            Set<String> asked;
            try {
                asked = Scopes.parse(scope);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, 1, e.getMessage(), "invalid_scope");
            }
            if (!scopes.containsAll(asked)) {
                throw new ApiError(400, 1, "A refresh can only ask for a subset of the granted scopes.",
                        "invalid_scope");
            }
            scopes = asked;
        }
        r.rotated = true;
        return issuePair(scopes, r.family, "refresh_token");
    }

    TokenSet clientCredentials(Set<String> scopes) {
        TokenSet set;
        synchronized (this) {
            String access = randomToken("pinc_", 36);
            store(access, "client", scopes, accessTtl, randomToken("f", 12));
            set = new TokenSet(access, null, scopes, accessTtl.toSeconds(), 0, 0, "client_credentials");
        }
        count("client_credentials");
        changed.run();
        return set;
    }

    /** For tests: a family as if the user had signed in, without the browser step. */
    TokenSet mint(Set<String> scopes) {
        TokenSet set;
        synchronized (this) {
            set = issuePair(new LinkedHashSet<>(scopes), randomToken("f", 12), "authorization_code");
        }
        changed.run();
        return set;
    }

    /** The scopes of a valid access token, or 401 code 2. */
    Set<String> authenticate(String accessToken) throws ApiError {
        TokenRecord r = accessToken == null ? null : tokens.get(hash(accessToken));
        if (r == null || r.revoked || "refresh".equals(r.kind) || clock.millis() >= r.expiresAt) {
            throw ApiError.authFailed();
        }
        return Set.copyOf(r.scopes);
    }

    boolean revoke(String token) {
        boolean found;
        synchronized (this) {
            TokenRecord r = token == null ? null : tokens.get(hash(token));
            found = r != null;
            if (found) {
                r.revoked = true;
            }
        }
        if (found) {
            changed.run();
        }
        return found;
    }

    /** Makes a token (access or refresh) expired now. */
    boolean expire(String token) {
        TokenRecord r = token == null ? null : tokens.get(hash(token));
        if (r == null) {
            return false;
        }
        synchronized (this) {
            r.expiresAt = Math.min(r.expiresAt, clock.millis());
        }
        changed.run();
        return true;
    }

    void expireAllAccessTokens() {
        synchronized (this) {
            long now = clock.millis();
            tokens.values().stream().filter(r -> !"refresh".equals(r.kind))
                    .forEach(r -> r.expiresAt = Math.min(r.expiresAt, now));
        }
        changed.run();
    }

    void revokeAll() {
        synchronized (this) {
            tokens.values().forEach(r -> r.revoked = true);
        }
        changed.run();
    }

    long grants(String grantType) {
        LongAdder a = grants.get(grantType);
        return a == null ? 0 : a.sum();
    }

    void resetCounters() {
        grants.clear();
    }

    synchronized List<TokenRecord> snapshot() {
        long now = clock.millis();
        List<TokenRecord> out = new ArrayList<>();
        for (TokenRecord r : tokens.values()) {
            if (r.expiresAt > now && !r.revoked) {
                TokenRecord copy = new TokenRecord();
                copy.hash = r.hash;
                copy.kind = r.kind;
                copy.scopes = List.copyOf(r.scopes);
                copy.expiresAt = r.expiresAt;
                copy.family = r.family;
                copy.revoked = r.revoked;
                copy.rotated = r.rotated;
                out.add(copy);
            }
        }
        return out;
    }

    synchronized void restore(List<TokenRecord> records) {
        tokens.clear();
        if (records != null) {
            for (TokenRecord r : records) {
                if (r.hash != null && r.kind != null && r.scopes != null) {
                    tokens.put(r.hash, r);
                }
            }
        }
    }

    static String s256(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private TokenSet issuePair(Set<String> scopes, String family, String responseType) {
        String access = randomToken("pina_", 48);
        String refresh = randomToken("pinr_", 48);
        store(access, "access", scopes, accessTtl, family);
        store(refresh, "refresh", scopes, refreshTtl, family);
        long refreshExpiresAt = (clock.millis() + refreshTtl.toMillis()) / 1000;
        return new TokenSet(access, refresh, Collections.unmodifiableSet(new LinkedHashSet<>(scopes)), accessTtl.toSeconds(), refreshTtl.toSeconds(),
                refreshExpiresAt, responseType);
    }

    private void store(String token, String kind, Set<String> scopes, Duration ttl, String family) {
        TokenRecord r = new TokenRecord();
        r.hash = hash(token);
        r.kind = kind;
        r.scopes = List.copyOf(scopes);
        r.expiresAt = clock.millis() + ttl.toMillis();
        r.family = family;
        tokens.put(r.hash, r);
    }

    private void revokeFamily(String family) {
        for (Iterator<TokenRecord> it = tokens.values().iterator(); it.hasNext();) {
            TokenRecord r = it.next();
            if (family.equals(r.family)) {
                r.revoked = true;
            }
        }
    }

    private void count(String grantType) {
        grants.computeIfAbsent(grantType, k -> new LongAdder()).increment();
    }

    private static ApiError grantError(String message) {
        return new ApiError(400, 1, message, "invalid_grant");
    }

    private String randomToken(String prefix, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
