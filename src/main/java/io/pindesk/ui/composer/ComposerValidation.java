package io.pindesk.ui.composer;

import io.pindesk.domain.PinLimits;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The composer's field rules (Pinterest's limits, pinterest-v5.md §7); pure, so tests need no toolkit. */
public final class ComposerValidation {

    public static final int TITLE_MAX = PinLimits.TITLE_MAX;
    public static final int DESCRIPTION_MAX = PinLimits.DESCRIPTION_MAX;
    public static final int LINK_MAX = PinLimits.LINK_MAX;
    public static final int ALT_TEXT_MAX = PinLimits.ALT_TEXT_MAX;

    private ComposerValidation() {}

    public static Optional<String> title(ComposerTexts t, String s) {
        return tooLong(t, t.get("composer.title.name"), s, TITLE_MAX);
    }

    public static Optional<String> description(ComposerTexts t, String s) {
        return tooLong(t, t.get("composer.description.name"), s, DESCRIPTION_MAX);
    }

    public static Optional<String> altText(ComposerTexts t, String s) {
        return tooLong(t, t.get("composer.altText.name"), s, ALT_TEXT_MAX);
    }

    /** Empty is fine; otherwise an absolute http(s) address with a host, at most 2,048 characters. */
    public static Optional<String> link(ComposerTexts t, String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        Optional<String> len = tooLong(t, t.get("composer.link.name"), s, LINK_MAX);
        if (len.isPresent()) {
            return len;
        }
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of(t.get("composer.link.scheme"));
            }
            if (u.getHost() == null || u.getHost().isBlank()) {
                return Optional.of(t.get("composer.link.host"));
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.of(t.get("composer.link.invalid"));
        }
    }

    /** "12 / 100" style counter text. */
    public static String counter(String s, int max) {
        return length(s) + " / " + max;
    }

    public static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    private static Optional<String> tooLong(ComposerTexts t, String field, String s, int max) {
        int n = length(s);
        return n > max ? Optional.of(t.get("composer.tooLong", field, n - max, max)) : Optional.empty();
    }
}
