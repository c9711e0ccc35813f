package io.pindesk.api;

/**
 * A write (POST/PATCH) was sent but no reply arrived (timeout, reset, reply cut off): Pinterest may or may not
 * have done it. It is not re-sent automatically, because re-sending a create makes a duplicate. For a pin create,
 * {@link PinterestClient#findCreatedPin} looks for it among the board's newest pins so the caller can reconcile.
 */
public class UnknownOutcomeException extends ApiException {
    UnknownOutcomeException(String message, Throwable cause) {
        super(message, 0, null, null, null, cause);
    }
}
