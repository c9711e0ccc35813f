package io.pindesk.auth;

/** No usable access token right now, and why; the message is user-facing and never contains a token. */
public class TokenUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        SIGNED_OUT,
        /** The refresh token is no longer accepted: the user must sign in again (local work is kept). */
        NEEDS_SIGN_IN,
        /** The App ID/secret was rejected: "update the app / check App settings", not "sign in again". */
        APP_MISCONFIGURED,
        /** Pinterest or the network failed; nothing was lost, try again later. */
        TEMPORARY
    }

    private final Kind kind;

    public TokenUnavailableException(Kind kind, String message) {
        this(kind, message, null);
    }

    public TokenUnavailableException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
