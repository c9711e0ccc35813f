package io.pindesk.service;

/** The text of a pin (or of one carousel image); null and "" both mean "not set". */
public record PinText(String title, String description, String link, String altText) {

    public static final PinText EMPTY = new PinText(null, null, null, null);

    /** Blank fields become null, the rest is stripped: what is sent and what reconciliation compares. */
    public PinText normalized() {
        return new PinText(clean(title), clean(description), clean(link), clean(altText));
    }

    /** This text with blanks filled from {@code fallback} (per-image fields over the shared ones). */
    public PinText orElse(PinText fallback) {
        return new PinText(pick(title, fallback.title), pick(description, fallback.description),
                pick(link, fallback.link), pick(altText, fallback.altText));
    }

    private static String pick(String own, String fallback) {
        return own == null || own.isBlank() ? fallback : own;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
