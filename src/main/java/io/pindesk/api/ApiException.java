package io.pindesk.api;

/**
 * Base of every failure the Pinterest client reports. Unchecked, so paged streams can carry it.
 *
 * <p>It carries the HTTP status (0 when no response arrived), Pinterest's numeric {@code code} and its
 * {@code message} (sanitised and length-capped), and the {@code x-pinterest-rid} request id to quote to
 * Pinterest support. It never carries tokens, request bodies or raw response bodies.
 */
public class ApiException extends RuntimeException {

    private final int httpStatus;
    private final Integer pinterestCode;
    private final String pinterestMessage;
    private final String requestId;

    public ApiException(String message, int httpStatus, Integer pinterestCode, String pinterestMessage,
            String requestId, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.pinterestCode = pinterestCode;
        this.pinterestMessage = pinterestMessage;
        this.requestId = requestId;
    }

    ApiException(String message, ErrorReply reply, Throwable cause) {
        this(message, reply.status(), reply.code(), reply.message(), reply.requestId(), cause);
    }

    /** HTTP status of the reply, or 0 when there was none (network failure, cancellation). */
    public int httpStatus() {
        return httpStatus;
    }

    /** Pinterest's error {@code code}, or null when the reply had none. */
    public Integer pinterestCode() {
        return pinterestCode;
    }

    /** Pinterest's own {@code message}, sanitised; null when there was none. */
    public String pinterestMessage() {
        return pinterestMessage;
    }

    /** The {@code x-pinterest-rid} header of the reply, or null. */
    public String requestId() {
        return requestId;
    }

    /** True when the same request may succeed later without any change (server or network trouble). */
    public boolean isTransient() {
        return false;
    }
}
