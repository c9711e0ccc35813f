package io.pindesk.sandbox;

import java.time.Duration;

/**
 * Token policy of the sandbox. {@code STRICT} is what a careful OAuth server does (short access tokens, PKCE
 * required) and is the default so clients are tested against the harder rules; {@code PINTEREST} mirrors what
 * api.pinterest.com documents (30-day access tokens, 60-day continuous refresh tokens, PKCE ignored if absent).
 */
public enum SandboxProfile {
    STRICT(Duration.ofHours(1), Duration.ofDays(365), true),
    PINTEREST(Duration.ofDays(30), Duration.ofDays(60), false);

    private final Duration accessTokenTtl;
    private final Duration refreshTokenTtl;
    private final boolean pkceRequired;

    SandboxProfile(Duration accessTokenTtl, Duration refreshTokenTtl, boolean pkceRequired) {
        this.accessTokenTtl = accessTokenTtl;
        this.refreshTokenTtl = refreshTokenTtl;
        this.pkceRequired = pkceRequired;
    }

    public Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    /** Rolling: every refresh hands out a new refresh token with this full lifetime again. */
    public Duration refreshTokenTtl() {
        return refreshTokenTtl;
    }

    public boolean pkceRequired() {
        return pkceRequired;
    }

    /** Parses {@code strict} / {@code pinterest} (case-insensitive). */
    public static SandboxProfile parse(String text) {
        for (SandboxProfile p : values()) {
            if (p.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("profile must be 'strict' or 'pinterest', not '" + text + "'");
    }
}
