package io.pindesk.api;

import java.util.List;

/** HTTP 401 with code 3: the token lacks a permission. Names the scopes the operation needs per the spec. */
public class MissingScopeException extends ApiException {

    private final List<String> requiredScopes;

    MissingScopeException(String message, ErrorReply reply, List<String> requiredScopes) {
        super(message, reply, null);
        this.requiredScopes = List.copyOf(requiredScopes);
    }

    /** Every scope the operation needs ({@code boards:read}, {@code pins:write} …). */
    public List<String> requiredScopes() {
        return requiredScopes;
    }
}
