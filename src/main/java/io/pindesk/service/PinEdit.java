package io.pindesk.service;

import io.pindesk.domain.PinLimits;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editable text of a pin, checked with the composer's limits (pinterest-v5.md §7.1): title 100, description
 * 800, link 2048 and http/https only, alt text 500. Empty text means "no value".
 */
public record PinEdit(String title, String description, String link, String altText) {

    public static final int TITLE_MAX = PinLimits.TITLE_MAX;
    public static final int DESCRIPTION_MAX = PinLimits.DESCRIPTION_MAX;
    public static final int LINK_MAX = PinLimits.LINK_MAX;
    public static final int ALT_TEXT_MAX = PinLimits.ALT_TEXT_MAX;

    public PinEdit {
        title = clean(title);
        description = clean(description);
        link = clean(link);
        altText = clean(altText);
    }

    /** Every problem, as sentences for the user; empty when the edit can be sent. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        tooLong(out, "The title", title, TITLE_MAX);
        tooLong(out, "The description", description, DESCRIPTION_MAX);
        tooLong(out, "The link", link, LINK_MAX);
        tooLong(out, "The alt text", altText, ALT_TEXT_MAX);
        if (!link.isEmpty() && !isWebLink(link)) {
            out.add("The link must be a web address starting with http:// or https://.");
        }
        return out;
    }

    public static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void tooLong(List<String> out, String what, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            out.add(what + " has " + length + " characters; Pinterest allows " + max + ".");
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
