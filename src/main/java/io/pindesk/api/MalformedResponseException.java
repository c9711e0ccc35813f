package io.pindesk.api;

/**
 * The server answered something that is not the JSON Pinterest documents: broken or truncated JSON, wrong types,
 * HTML error pages, bodies over the size cap, missing required fields.
 */
public class MalformedResponseException extends ApiException {
    public MalformedResponseException(String message, int httpStatus, String requestId, Throwable cause) {
        super(message, httpStatus, null, null, requestId, cause);
    }
}
