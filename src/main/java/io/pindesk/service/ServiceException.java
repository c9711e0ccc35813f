package io.pindesk.service;

/**
 * A service could not do what was asked; the message is written for the user (Pinterest's own message included
 * when there was one) and never contains a token. {@link #isTransient()} says whether trying again later may help.
 */
public class ServiceException extends Exception {

    private final boolean transientFailure;

    public ServiceException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
