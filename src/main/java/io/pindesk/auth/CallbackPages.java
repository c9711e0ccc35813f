package io.pindesk.auth;

import java.nio.charset.StandardCharsets;

/**
 * The pages the loopback listener shows in the browser: static HTML, inline styles only, no scripts and
 * no external resources (nothing that could leak the callback URL through a Referer), every echoed value
 * HTML-escaped.
 */
final class CallbackPages {

    private CallbackPages() {}

    static byte[] success() {
        return page("Signed in", "PinDesk is now connected. You can close this tab and return to PinDesk.");
    }

    static byte[] denied() {
        return page("Sign-in cancelled", "You did not allow access, so nothing was connected. You can close this tab;"
                + " PinDesk offers to try again.");
    }

    static byte[] providerError(String errorCode, String description) {
        String text = "Pinterest reported an error: " + escape(errorCode)
                + (description == null || description.isBlank() ? "" : " (" + escape(truncate(description)) + ")")
                + ". You can close this tab and try again in PinDesk.";
        return pageRaw("Sign-in failed", text);
    }

    static byte[] badState() {
        return page("Sign-in link not recognised", "This address does not belong to the sign-in PinDesk is waiting for."
                + " Start the sign-in again from PinDesk.");
    }

    static byte[] alreadyDone() {
        return page("Already finished", "This sign-in has already finished. You can close this tab.");
    }

    static byte[] badHost() {
        return page("Bad request", "This request was not addressed to PinDesk's sign-in listener.");
    }

    static byte[] notFound() {
        return page("Not found", "PinDesk's sign-in listener only serves the sign-in callback.");
    }

    static byte[] methodNotAllowed() {
        return page("Method not allowed", "Only GET is accepted here.");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.toString();
    }

    private static String truncate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static byte[] page(String title, String text) {
        return pageRaw(title, escape(text));
    }

    private static byte[] pageRaw(String title, String escapedText) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>PinDesk – " + escape(title) + "</title></head>"
                + "<body style=\"font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#222\">"
                + "<h1 style=\"font-size:1.4em\">" + escape(title) + "</h1><p>" + escapedText + "</p></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
