package io.pindesk.store;

/**
 * What PinDesk remembers between runs that is neither a secret nor library data.
 * Missing members (older files) come back as null and are read through the accessors' defaults.
 */
public record Settings(String theme, WindowBounds window, String locale, Integer boardSpacingMinutes) {

    public static final String THEME_LIGHT = "light";
    public static final String THEME_DARK = "dark";

    public static Settings defaults() {
        return new Settings(THEME_LIGHT, null, null, null);
    }

    public boolean darkTheme() {
        return THEME_DARK.equals(theme);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(newTheme, window, locale, boardSpacingMinutes);
    }

    public Settings withWindow(WindowBounds newWindow) {
        return new Settings(theme, newWindow, locale, boardSpacingMinutes);
    }

    /** Minimum time between two outbox pins to the same board; zero (none) unless the user chose one. */
    public java.time.Duration boardSpacing() {
        return java.time.Duration.ofMinutes(boardSpacingMinutes == null ? 0 : Math.max(0, boardSpacingMinutes));
    }

    public Settings withBoardSpacing(java.time.Duration spacing) {
        return new Settings(theme, window, locale, (int) Math.min(Integer.MAX_VALUE, spacing.toMinutes()));
    }

    /** The main window's last size and position, in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
}
