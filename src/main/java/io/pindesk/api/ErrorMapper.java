package io.pindesk.api;

import java.time.Duration;
import java.time.Instant;

/** Turns an error reply into the typed exception for it (issue 3 "Errors"; pinterest-v5.md §10). */
final class ErrorMapper {

    static final int CODE_AUTHENTICATION = 2;
    static final int CODE_MISSING_SCOPE = 3;
    static final int CODE_RATE_LIMIT = 8;
    static final int CODE_BOARD_NOT_FOUND = 40;
    static final int CODE_PIN_NOT_FOUND = 50;
    static final int CODE_SECTION_NOT_FOUND = 2031;

    private ErrorMapper() {}

    static ApiException map(ApiOperation op, ErrorReply reply, Duration retryAfter, Instant retryAt) {
        int status = reply.status();
        Integer code = reply.code();
        String detail = describe(reply);
        if (status == 401 && code != null && code == CODE_MISSING_SCOPE) {
            return new MissingScopeException("The Pinterest sign-in lacks a permission this needs ("
                    + String.join(", ", op.requiredScopes()) + ")" + detail, reply, op.requiredScopes());
        }
        if (status == 401) {
            return new AuthenticationException("Pinterest did not accept the sign-in; sign in again" + detail,
                    reply);
        }
        if (status == 403) {
            return new ForbiddenException("Pinterest refused access" + detail, reply);
        }
        if (status == 404) {
            NotFoundException.Resource what = resourceOf(code, op);
            return new NotFoundException(noun(what) + " was not found" + detail, reply, what);
        }
        if (status == 429 && reply.mentionsSpam()) {
            return new SpamBlockedException("Pinterest blocked this as spam; it will not be retried" + detail, reply);
        }
        if (status == 429) {
            String when = retryAfter != null ? " (Pinterest asked to wait " + retryAfter.toSeconds() + " s)" : "";
            return new RateLimitedException("Pinterest rate limit reached, try again later" + when + detail, reply,
                    retryAfter, retryAt);
        }
        if (status >= 500) {
            return new ServerErrorException("Pinterest had a server error" + detail, reply);
        }
        return new InvalidRequestException("Pinterest refused the request" + detail, reply);
    }

    private static NotFoundException.Resource resourceOf(Integer code, ApiOperation op) {
        if (code != null) {
            switch (code) {
                case CODE_BOARD_NOT_FOUND:
                    return NotFoundException.Resource.BOARD;
                case CODE_PIN_NOT_FOUND:
                    return NotFoundException.Resource.PIN;
                case CODE_SECTION_NOT_FOUND:
                    return NotFoundException.Resource.SECTION;
                default:
                    break;
            }
        }
        return op.subject();
    }

    private static String noun(NotFoundException.Resource what) {
        switch (what) {
            case BOARD:
                return "The board";
            case PIN:
                return "The pin";
            case SECTION:
                return "The board section";
            default:
                return "The requested item";
        }
    }

    /** " (HTTP 404, code 40: Board not found.) [request id abc]" — only what the reply said, sanitised. */
    static String describe(ErrorReply reply) {
        StringBuilder sb = new StringBuilder(" (HTTP ").append(reply.status());
        if (reply.code() != null) {
            sb.append(", code ").append(reply.code());
        }
        String message = reply.bestMessage();
        if (message != null) {
            sb.append(": ").append(message);
        } else if (!reply.json()) {
            sb.append(", no Pinterest error details in the reply");
        }
        sb.append(')');
        if (reply.requestId() != null) {
            sb.append(" [request id ").append(reply.requestId()).append(']');
        }
        return sb.toString();
    }
}
