package io.pindesk.api;

import io.pindesk.domain.PinLimits;
import java.util.regex.Pattern;

/**
 * Client-side checks of what the spec constrains, so bad input fails with a clear message before anything is
 * sent, and an ID can never smuggle a path segment into a URL.
 */
final class Checks {

    private static final Pattern DIGITS = Pattern.compile("^\\d{1,40}$");
    private static final Pattern BASE64 = Pattern.compile("^[a-zA-Z0-9+/=]+$");

    static final int TITLE_MAX = PinLimits.TITLE_MAX;
    static final int DESCRIPTION_MAX = PinLimits.DESCRIPTION_MAX;
    static final int LINK_MAX = PinLimits.LINK_MAX;
    static final int ALT_TEXT_MAX = PinLimits.ALT_TEXT_MAX;
    static final int SECTION_NAME_MAX = 180;

    private Checks() {}

    static String id(String what, String value) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a Pinterest ID (digits only), not '" + shorten(value)
                    + "'");
        }
        return value;
    }

    static String optionalId(String what, String value) {
        return value == null ? null : id(what, value);
    }

    static String maxLength(String what, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return value;
    }

    static String base64(String what, String value) {
        if (value == null || value.isEmpty() || !BASE64.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be plain standard Base64 (no data: prefix, no line "
                    + "breaks)");
        }
        return value;
    }

    static String imageContentType(String value) {
        if (!"image/jpeg".equals(value) && !"image/png".equals(value)) {
            throw new IllegalArgumentException("Pinterest accepts only image/jpeg or image/png, not '"
                    + shorten(value) + "'");
        }
        return value;
    }

    static String nonBlank(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    static int pageSize(int size) {
        if (size < 1 || size > 250) {
            throw new IllegalArgumentException("page size must be between 1 and 250, not " + size);
        }
        return size;
    }

    private static String shorten(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
