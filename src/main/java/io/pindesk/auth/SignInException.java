package io.pindesk.auth;

/**
 * Why a sign-in attempt ended without tokens. The message is user-facing and never contains a code,
 * state, verifier or token; provider error codes are reduced to safe characters first.
 */
public class SignInException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The user clicked Cancel/Deny on the consent page ({@code error=access_denied}). */
        DENIED,
        /** The app cancelled the attempt (Cancel button, new attempt, shutdown). */
        CANCELLED,
        TIMED_OUT,
        /** None of the registered redirect ports could be opened. */
        PORTS_BUSY,
        /** The authorization server redirected back with another {@code error}. */
        PROVIDER_ERROR,
        /** Too many callbacks with a wrong state: someone is probing the listener. */
        TOO_MANY_BAD_CALLBACKS,
        /** A pasted address was not a valid callback for this attempt. */
        INVALID_CALLBACK,
        /** The token endpoint refused the code or failed. */
        EXCHANGE_FAILED
    }

    private final Reason reason;
    private final String providerError;

    public SignInException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public SignInException(Reason reason, String message, String providerError, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.providerError = providerError;
    }

    public Reason reason() {
        return reason;
    }

    /** The sanitized OAuth {@code error} code for {@link Reason#PROVIDER_ERROR}, else null. */
    public String providerError() {
        return providerError;
    }
}
