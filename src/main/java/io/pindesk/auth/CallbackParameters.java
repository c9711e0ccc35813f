package io.pindesk.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Judges the query of a redirect back from the authorization server, the same way for the loopback
 * listener and for an address the user pasted: state first (constant time), then {@code error}, then {@code code}.
 */
final class CallbackParameters {

    enum Kind {
        /** Neither code nor error: a favicon request or similar; not a callback at all. */
        NOT_A_CALLBACK,
        /** Missing, repeated or wrong state: rejected, the attempt keeps waiting. */
        BAD_STATE,
        DENIED,
        PROVIDER_ERROR,
        CODE
    }

    /** The verdict; {@code value} is the code for CODE and the sanitized error code for PROVIDER_ERROR. */
    record Verdict(Kind kind, String value, String description) {
        @Override
        public String toString() {
            return "Verdict[" + kind + "]"; // the value may be an authorization code
        }
    }

    private CallbackParameters() {}

    static Verdict judge(String rawQuery, OAuthState expected) {
        Map<String, String> params = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
                if (name == null || value == null) {
                    return new Verdict(Kind.BAD_STATE, null, null);
                }
                if (params.put(name, value) != null) {
                    repeated.add(name);
                }
            }
        }
        String code = params.get("code");
        String error = params.get("error");
        if (code == null && error == null) {
            return new Verdict(Kind.NOT_A_CALLBACK, null, null);
        }
        // A repeated parameter is ambiguous (which state? which code?): treat the request as forged.
        if (repeated.contains("state") || repeated.contains("code") || repeated.contains("error")
                || !expected.matches(params.get("state"))) {
            return new Verdict(Kind.BAD_STATE, null, null);
        }
        if (error != null) {
            String safe = safeErrorCode(error);
            if (safe.equals("access_denied")) {
                return new Verdict(Kind.DENIED, safe, null);
            }
            return new Verdict(Kind.PROVIDER_ERROR, safe, params.get("error_description"));
        }
        if (code.isBlank()) {
            return new Verdict(Kind.BAD_STATE, null, null);
        }
        return new Verdict(Kind.CODE, code, null);
    }

    /** OAuth error codes are %x20-21 / %x23-5B / %x5D-7E words; keep only the usual characters, bounded. */
    static String safeErrorCode(String error) {
        String cleaned = error.replaceAll("[^A-Za-z0-9_.\\-]", "");
        if (cleaned.length() > 64) {
            cleaned = cleaned.substring(0, 64);
        }
        return cleaned.isEmpty() ? "unknown_error" : cleaned;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
