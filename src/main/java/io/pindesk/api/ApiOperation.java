package io.pindesk.api;

import static io.pindesk.api.NotFoundException.Resource.BOARD;
import static io.pindesk.api.NotFoundException.Resource.OTHER;
import static io.pindesk.api.NotFoundException.Resource.PIN;
import static io.pindesk.api.NotFoundException.Resource.SECTION;

import java.util.List;

/**
 * Every Pinterest operation the client performs, with the facts from the 5.23 spec that drive its handling:
 * method, rate-limit category and the OAuth scopes it needs (named in {@link MissingScopeException}).
 */
public enum ApiOperation {
    USER_ACCOUNT_GET("user_account/get", "GET", RateCategory.ORG_READ, OTHER,
            "user_accounts:read"),
    BOARDS_LIST("boards/list", "GET", RateCategory.ORG_READ, OTHER,
            "boards:read"),
    BOARDS_GET("boards/get", "GET", RateCategory.ORG_READ, BOARD,
            "boards:read"),
    BOARDS_CREATE("boards/create", "POST", RateCategory.ORG_WRITE, OTHER,
            "boards:read", "boards:write"),
    BOARDS_UPDATE("boards/update", "PATCH", RateCategory.ORG_WRITE, BOARD,
            "boards:read", "boards:write"),
    BOARDS_DELETE("boards/delete", "DELETE", RateCategory.ORG_WRITE, BOARD,
            "boards:read", "boards:write"),
    BOARDS_LIST_PINS("boards/list_pins", "GET", RateCategory.ORG_READ, BOARD,
            "boards:read", "pins:read"),
    SECTIONS_LIST("board_sections/list", "GET", RateCategory.ORG_READ, BOARD,
            "boards:read"),
    SECTIONS_CREATE("board_sections/create", "POST", RateCategory.ORG_WRITE, BOARD,
            "boards:read", "boards:write"),
    SECTIONS_UPDATE("board_sections/update", "PATCH", RateCategory.ORG_WRITE, SECTION,
            "boards:read", "boards:write"),
    SECTIONS_DELETE("board_sections/delete", "DELETE", RateCategory.ORG_WRITE, SECTION,
            "boards:read", "boards:write"),
    SECTIONS_LIST_PINS("board_sections/list_pins", "GET", RateCategory.ORG_READ, SECTION,
            "boards:read", "pins:read"),
    PINS_LIST("pins/list", "GET", RateCategory.ORG_READ, OTHER,
            "boards:read", "pins:read"),
    PINS_GET("pins/get", "GET", RateCategory.ORG_READ, PIN,
            "boards:read", "pins:read"),
    PINS_CREATE("pins/create", "POST", RateCategory.ORG_WRITE, BOARD,
            "boards:read", "boards:write", "pins:read", "pins:write"),
    PINS_UPDATE("pins/update", "PATCH", RateCategory.ORG_WRITE, PIN,
            "boards:read", "boards:write", "pins:read", "pins:write"),
    PINS_DELETE("pins/delete", "DELETE", RateCategory.ORG_WRITE, PIN,
            "boards:read", "boards:write", "pins:read", "pins:write"),
    PINS_SAVE("pins/save", "POST", RateCategory.ORG_WRITE, PIN,
            "boards:read", "boards:write", "pins:read", "pins:write"),
    /** OAuth token endpoint: HTTP Basic, never retried. */
    OAUTH_TOKEN("oauth/token", "POST", RateCategory.ORG_READ, OTHER),
    OAUTH_REVOKE("token/revoke", "POST", RateCategory.ORG_WRITE, OTHER);

    private final String operationId;
    private final String method;
    private final RateCategory category;
    private final NotFoundException.Resource subject;
    private final List<String> scopes;

    ApiOperation(String operationId, String method, RateCategory category, NotFoundException.Resource subject,
            String... scopes) {
        this.operationId = operationId;
        this.method = method;
        this.category = category;
        this.subject = subject;
        this.scopes = List.of(scopes);
    }

    /** The spec's operationId ({@code pins/create} …), used in messages and logs. */
    public String operationId() {
        return operationId;
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
