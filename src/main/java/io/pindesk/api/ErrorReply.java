package io.pindesk.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What an error reply said, parsed leniently: Pinterest's {@code {code, message, message_detail}} and the OAuth
 * {@code {error, error_description}} shape. Messages are sanitised and capped; the raw body is dropped.
 */
record ErrorReply(int status, Integer code, String message, String messageDetail, String error,
        String errorDescription, String requestId, boolean json) {

    static final int MAX_MESSAGE = 300;

    static ErrorReply none(int status, String requestId) {
        return new ErrorReply(status, null, null, null, null, null, requestId, false);
    }

    static ErrorReply parse(int status, byte[] body, String requestId) {
        if (body == null || body.length == 0) {
            return none(status, requestId);
        }
        try {
            JsonElement root = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!root.isJsonObject()) {
                return none(status, requestId);
            }
            JsonObject o = root.getAsJsonObject();
            return new ErrorReply(status, intOrNull(o, "code"), text(o, "message"), text(o, "message_detail"),
                    text(o, "error"), text(o, "error_description"), requestId, true);
        } catch (RuntimeException notJson) {
            // HTML error pages from proxies, truncated JSON: fall back to the status alone.
            return none(status, requestId);
        }
    }

    /** The most specific human-readable text the reply had, or null. */
    String bestMessage() {
        if (message != null) {
            return message;
        }
        return errorDescription;
    }

    boolean mentionsSpam() {
        return containsIgnoreCase(message, "spam") || containsIgnoreCase(messageDetail, "spam");
    }

    private static boolean containsIgnoreCase(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word);
    }

    private static Integer intOrNull(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            return e.getAsInt();
        } catch (NumberFormatException tooBig) {
            return null;
        }
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonPrimitive()) {
            return null;
        }
        return sanitise(e.getAsString());
    }

    /** Drops control characters, masks anything token-like and caps the length of server-provided text. */
    static String sanitise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_MESSAGE + 1));
        for (int i = 0; i < text.length() && sb.length() < MAX_MESSAGE; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        String out = io.pindesk.logging.Redactor.redact(sb.toString().strip());
        if (text.length() > MAX_MESSAGE) {
            out = out + "…";
        }
        return out.isEmpty() ? null : out;
    }
}
