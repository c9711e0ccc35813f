package io.pindesk.api;

/** {@code token_type_hint} of a revocation. */
public enum TokenTypeHint {
    ACCESS_TOKEN("access_token"),
    REFRESH_TOKEN("refresh_token");

    private final String wire;

    TokenTypeHint(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
