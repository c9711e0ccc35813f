package io.pindesk.domain;

/** Who can see a board. PROTECTED boards exist but can only be made by Pinterest (ads-only boards). */
public enum BoardPrivacy {
    PUBLIC,
    PROTECTED,
    SECRET;

    /**
     * The spec's {@code BoardUpdatePrivacy} allows only PUBLIC and SECRET on PATCH: a board cannot be made
     * PROTECTED after the fact.
     */
    public boolean settableOnUpdate() {
        return this != PROTECTED;
    }

    /** Secret boards need the {@code *_secret} scopes to read and change. */
    public boolean needsSecretScopes() {
        return this == SECRET;
    }
}
