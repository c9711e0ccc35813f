package io.pindesk.service;

import io.pindesk.api.ApiException;

/**
 * No access token can be had for the account right now: it must sign in again, the app's credentials were
 * refused, or Pinterest could not be reached for a renewal. Thrown by the account's client before any request
 * is sent; the message is for the user and never contains a token.
 */
public class AccountUnavailableException extends ApiException {
    private static final long serialVersionUID = 1L;

    public enum Reason { SIGNED_OUT, NEEDS_SIGN_IN, APP_MISCONFIGURED, TEMPORARY }

    private final Reason reason;

    public AccountUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, 0, null, null, null, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean isTransient() {
        return reason == Reason.TEMPORARY;
    }
}
