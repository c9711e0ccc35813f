package io.pindesk.api;

import java.util.List;

/**
 * Every Pinterest operation the client performs, with the facts from the 5.23 spec that drive its handling:
 * method, rate-limit category and the OAuth scopes it needs (named in {@link MissingScopeException}).
 */
public enum ApiOperation {
    USER_ACCOUNT_GET("GET", RateCategory.ORG_READ, NotFoundException.Resource.OTHER, "user_accounts:read"),
    BOARDS_LIST("GET", RateCategory.ORG_READ, NotFoundException.Resource.OTHER, "boards:read"),
    BOARDS_GET("GET", RateCategory.ORG_READ, NotFoundException.Resource.BOARD, "boards:read"),
    BOARDS_CREATE("POST", RateCategory.ORG_WRITE, NotFoundException.Resource.OTHER, "boards:read", "boards:write"),
    BOARDS_UPDATE("PATCH", RateCategory.ORG_WRITE, NotFoundException.Resource.BOARD, "boards:read", "boards:write"),
    BOARDS_DELETE("DELETE", RateCategory.ORG_WRITE, NotFoundException.Resource.BOARD, "boards:read", "boards:write"),
    BOARDS_LIST_PINS("GET", RateCategory.ORG_READ, NotFoundException.Resource.BOARD, "boards:read", "pins:read"),
    SECTIONS_LIST("GET", RateCategory.ORG_READ, NotFoundException.Resource.BOARD, "boards:read"),
    SECTIONS_CREATE("POST", RateCategory.ORG_WRITE, NotFoundException.Resource.BOARD, "boards:read", "boards:write"),
    SECTIONS_UPDATE("PATCH", RateCategory.ORG_WRITE, NotFoundException.Resource.SECTION, "boards:read",
            "boards:write"),
    SECTIONS_DELETE("DELETE", RateCategory.ORG_WRITE, NotFoundException.Resource.SECTION, "boards:read",
            "boards:write"),
    SECTIONS_LIST_PINS("GET", RateCategory.ORG_READ, NotFoundException.Resource.SECTION, "boards:read", "pins:read"),
    PINS_LIST("GET", RateCategory.ORG_READ, NotFoundException.Resource.OTHER, "boards:read", "pins:read"),
    PINS_GET("GET", RateCategory.ORG_READ, NotFoundException.Resource.PIN, "boards:read", "pins:read"),
    PINS_CREATE("POST", RateCategory.ORG_WRITE, NotFoundException.Resource.BOARD, "boards:read", "boards:write",
            "pins:read", "pins:write"),
    PINS_UPDATE("PATCH", RateCategory.ORG_WRITE, NotFoundException.Resource.PIN, "boards:read", "boards:write",
            "pins:read", "pins:write"),
    PINS_DELETE("DELETE", RateCategory.ORG_WRITE, NotFoundException.Resource.PIN, "boards:read", "boards:write",
            "pins:read", "pins:write"),
    PINS_SAVE("POST", RateCategory.ORG_WRITE, NotFoundException.Resource.PIN, "boards:read", "boards:write",
            "pins:read", "pins:write"),
    /** OAuth token endpoint: HTTP Basic, never retried. */
    OAUTH_TOKEN("POST", RateCategory.ORG_READ, NotFoundException.Resource.OTHER),
    OAUTH_REVOKE("POST", RateCategory.ORG_WRITE, NotFoundException.Resource.OTHER);

    private final String method;
    private final RateCategory category;
    private final NotFoundException.Resource subject;
    private final List<String> scopes;

    ApiOperation(String method, RateCategory category, NotFoundException.Resource subject, String... scopes) {
        this.method = method;
        this.category = category;
        this.subject = subject;
        this.scopes = List.of(scopes);
    }

    public String method() {
        return method;
    }

    public RateCategory category() {
        return category;
    }

    /** The spec's OAuth scopes for the operation; secret boards and pins also need the matching *_secret scope. */
    public List<String> requiredScopes() {
        return scopes;
    }

    /** What a plain 404 (no specific Pinterest code) most likely refers to. */
    NotFoundException.Resource subject() {
        return subject;
    }

    /**
     * GET and DELETE may be repeated safely (a repeated DELETE at worst reports 404). POST and PATCH are never
     * re-sent blindly.
     */
    public boolean idempotent() {
        return method.equals("GET") || method.equals("DELETE");
    }
}
