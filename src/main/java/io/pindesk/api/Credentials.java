package io.pindesk.api;

import java.util.Optional;

/** The {@code Authorization} header of a request, and how to get a different one after a 401. */
interface Credentials {

    /** The full header value ({@code Bearer …} or {@code Basic …}). */
    String authorization();

    /**
     * After a 401 for {@code rejected} (the value {@link #authorization()} gave): fresh credentials when there are
     * some that differ, otherwise empty.
     */
    Optional<Credentials> renewAfterRejection();

    static Credentials bearer(AccessTokenSource tokens) {
        return new Bearer(tokens, tokens.accessToken());
    }

    /** A bearer token pinned for one request, so the retry can tell whether the token really changed. */
    record Bearer(AccessTokenSource tokens, String token) implements Credentials {
        public Bearer {
            if (token == null || token.isBlank()) {
                throw new AuthenticationException("Not signed in: no Pinterest access token",
                        ErrorReply.none(0, null));
            }
        }

        @Override
        public String authorization() {
            return "Bearer " + token;
        }

        @Override
        public Optional<Credentials> renewAfterRejection() {
            return tokens.renewAfterRejection(token)
                    .filter(fresh -> !fresh.isBlank() && !fresh.equals(token))
                    .map(fresh -> new Bearer(tokens, fresh));
        }

        @Override
        public String toString() {
            return "Bearer[redacted]";
        }
    }
}
