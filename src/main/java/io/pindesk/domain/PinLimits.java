package io.pindesk.domain;

/**
 * Pinterest's text limits for a pin (spec {@code PinCreate}/{@code PinUpdate}), in characters. One home for them:
 * the API client refuses longer values before sending, the composer and the pin editor count against them.
 */
public final class PinLimits {
    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 800;
    public static final int LINK_MAX = 2048;
    public static final int ALT_TEXT_MAX = 500;

    private PinLimits() {}
}
