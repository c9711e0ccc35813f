package io.pindesk.media;

/**
 * An image could not be used. The message is written for the user (it names the file or address
 * and what to do); {@link #reason()} lets callers decide, e.g., whether a retry makes sense.
 */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the image was refused; {@link #isTransient()} tells whether trying again may help. */
    public enum Reason {
        NOT_AN_IMAGE, UNSUPPORTED_FORMAT, DAMAGED, TOO_LARGE, TOO_MANY_PIXELS, NOT_FOUND, HTTP_ERROR,
        TIMEOUT, NETWORK, BAD_ADDRESS, IO
    }

    private final Reason reason;

    public MediaException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MediaException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean isTransient() {
        return reason == Reason.TIMEOUT || reason == Reason.NETWORK || reason == Reason.HTTP_ERROR;
    }
}
