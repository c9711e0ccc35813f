package io.pindesk.ui.composer;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The composer's field rules (Pinterest's limits, pinterest-v5.md §7); pure, so tests need no toolkit. */
public final class ComposerValidation {

    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 800;
    public static final int LINK_MAX = 2048;
    public static final int ALT_TEXT_MAX = 500;

    private ComposerValidation() {}

    public static Optional<String> title(String s) {
        return tooLong("Title", s, TITLE_MAX);
    }

    public static Optional<String> description(String s) {
        return tooLong("Description", s, DESCRIPTION_MAX);
    }

    public static Optional<String> altText(String s) {
        return tooLong("Alt text", s, ALT_TEXT_MAX);
    }

    /** Empty is fine; otherwise an absolute http(s) address with a host, at most 2,048 characters. */
    public static Optional<String> link(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        Optional<String> len = tooLong("Link", s, LINK_MAX);
        if (len.isPresent()) {
            return len;
        }
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("Link must start with http:// or https://");
            }
            if (u.getHost() == null || u.getHost().isBlank()) {
                return Optional.of("Link needs a host name, like https://example.com/page");
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.of("Link is not a valid web address (check spaces and special characters)");
        }
    }

    /** "12 / 100" style counter text. */
    public static String counter(String s, int max) {
        return length(s) + " / " + max;
    }

    public static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    private static Optional<String> tooLong(String field, String s, int max) {
        int n = length(s);
        return n > max ? Optional.of(field + " is " + (n - max) + " characters too long (max " + max + ")")
                : Optional.empty();
    }
}
