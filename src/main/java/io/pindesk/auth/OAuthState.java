package io.pindesk.auth;

import io.pindesk.secrets.Masking;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF {@code state} of one sign-in attempt: 256 random bits, compared in constant time. Pinterest
 * does not verifiably enforce PKCE, so this is the defence against a forged callback (RFC 9700 §2.1).
 * One instance per attempt; a new attempt makes a new state, so a late callback for an old attempt fails.
 */
public final class OAuthState {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String value;

    private OAuthState(String value) {
        this.value = value;
    }

    public static OAuthState generate() {
        return generate(RANDOM);
    }

    public static OAuthState generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new OAuthState(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The value to send in the authorization request. */
    public String value() {
        return value;
    }

    /** Constant-time comparison ({@link MessageDigest#isEqual}); null or empty never matches. */
    public boolean matches(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "OAuthState[" + Masking.mask(value) + "]";
    }
}
