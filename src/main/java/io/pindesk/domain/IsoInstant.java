package io.pindesk.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 instants as Pinterest sends them and as {@link Instant#toString()} writes them
 * ({@code 2026-01-05T07:19:00Z}, optionally with a fraction or a {@code ±hh:mm} offset). A sync reads one per pin,
 * 15,000 for a large library, and {@link java.time.format.DateTimeFormatter} costs about half a microsecond each;
 * the common shape is read by hand here and every other shape goes to {@link Instant#parse}, so the accepted
 * inputs and the errors are exactly {@code Instant.parse}'s.
 */
public final class IsoInstant {

    private static final int SHORTEST = "2026-01-05T07:19:00Z".length();

    private IsoInstant() {}

    /** Like {@link Instant#parse}, which also accepts offsets; throws {@link DateTimeParseException} alike. */
    public static Instant parse(CharSequence text) {
        Instant fast = text.length() >= SHORTEST ? fastPath(text) : null;
        return fast != null ? fast : Instant.parse(text);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)}, or null for anything else. */
    private static Instant fastPath(CharSequence s) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':' || hour > 23 || minute > 59
                || second > 59) {
            return null; // leap seconds, lower-case 't', years beyond 9999 and the like: the full parser decides
        }
        int i = 19;
        int nanos = 0;
        if (i < s.length() && s.charAt(i) == '.') {
            int start = ++i;
            while (i < s.length() && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start || i < s.length() && isDigit(s.charAt(i))) {
                return null;
            }
            for (int d = i - start; d < 9; d++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == s.length() - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == s.length() - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException invalidDate) {
            return null; // 2026-02-30: let Instant.parse produce its usual message
        }
        long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The non-negative number in {@code s[from, from+count)}, or -1 when that is not all digits. */
    private static int digits(CharSequence s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
