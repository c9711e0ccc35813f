package io.pindesk.service;

import io.pindesk.api.ApiException;

/** Turns API failures into the user-facing {@link ServiceException} the UI may see (it never sees api types). */
final class ApiFailures {

    private ApiFailures() {}

    static ServiceException wrap(String doing, ApiException e) {
        return new ServiceException(describe(doing, e), e.isTransient(), e);
    }

    /** "Could not … : Pinterest said “…” (HTTP 400, request id …)". */
    static String describe(String doing, ApiException e) {
        StringBuilder sb = new StringBuilder(doing).append(": ");
        if (e.pinterestMessage() != null && !e.pinterestMessage().isBlank()) {
            sb.append("Pinterest said “").append(e.pinterestMessage()).append('”');
        } else {
            sb.append(e.getMessage());
        }
        if (e.httpStatus() > 0) {
            sb.append(" (HTTP ").append(e.httpStatus());
            if (e.requestId() != null) {
                sb.append(", request id ").append(e.requestId());
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
