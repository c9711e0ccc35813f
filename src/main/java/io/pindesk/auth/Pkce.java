package io.pindesk.auth;

import io.pindesk.secrets.Masking;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange (RFC 7636), S256 only: there is deliberately no way to produce the
 * {@code plain} method, which would let a downgrade go unnoticed (RFC 9700 §4.8).
 */
public record Pkce(String verifier, String challenge) {

    public static final String METHOD = "S256";

    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    public Pkce {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            throw new IllegalArgumentException("a PKCE verifier must be 43-128 unreserved characters");
        }
        if (!challengeOf(verifier).equals(challenge)) {
            throw new IllegalArgumentException("the PKCE challenge does not belong to the verifier");
        }
    }

    /** A fresh pair: 32 random octets (256 bits), base64url without padding = 43 characters. */
    public static Pkce generate() {
        return generate(RANDOM);
    }

    public static Pkce generate(SecureRandom random) {
        byte[] octets = new byte[32];
        random.nextBytes(octets);
        return fromVerifier(BASE64URL.encodeToString(octets));
    }

    public static Pkce fromVerifier(String verifier) {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            throw new IllegalArgumentException("a PKCE verifier must be 43-128 unreserved characters");
        }
        return new Pkce(verifier, challengeOf(verifier));
    }

    /** BASE64URL(SHA256(ASCII(verifier))). */
    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "Pkce[verifier=" + Masking.mask(verifier) + ", challenge=" + challenge + ", method=S256]";
    }
}
