package io.pindesk.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small request-side helpers: query and form decoding, bounded body reading, JSON bodies. */
final class HttpIo {

    /** Bodies larger than this are refused before parsing (base64 images of the largest accepted size fit). */
    static final int MAX_BODY = 64 * 1024 * 1024;

    private HttpIo() {}

    /** OAuth parameters: RFC 6749 §3.1 forbids repeating one, so a repeat is a 400. */
    static Map<String, String> parseForm(String encoded) throws ApiError {
        return parse(encoded, true);
    }

    /** API query strings: array parameters such as {@code creative_types} repeat; the first value wins here. */
    static Map<String, String> parseQuery(String encoded) throws ApiError {
        return parse(encoded, false);
    }

    private static Map<String, String> parse(String encoded, boolean strict) throws ApiError {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (out.putIfAbsent(name, value) != null && strict) {
                    throw ApiError.invalid("Parameter '" + name + "' was given more than once.");
                }
            } catch (IllegalArgumentException e) {
                throw ApiError.invalid("The request has malformed percent-encoding.");
            }
        }
        return out;
    }

    static byte[] readBody(HttpExchange exchange, long limit) throws IOException, ApiError {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (data.length > limit) {
                throw new ApiError(413, 1, "The request body is too large.");
            }
            return data;
        }
    }

    static JsonObject jsonObject(byte[] body) throws ApiError {
        if (body.length == 0) {
            throw ApiError.invalid("The request body must be a JSON object.");
        }
        try {
            JsonElement e = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                throw ApiError.invalid("The request body must be a JSON object.");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw ApiError.invalid("The request body is not valid JSON.");
        }
    }

    /** Reads an optional string member; JSON null and absence both give null; other types are a 400. */
    static String string(JsonObject o, String name) throws ApiError {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw ApiError.invalid("'" + name + "' must be a string.");
        }
        return e.getAsString();
    }

    static String limited(JsonObject o, String name, int maxLength) throws ApiError {
        String v = string(o, name);
        if (v != null && v.codePointCount(0, v.length()) > maxLength) {
            throw ApiError.invalid("'" + name + "' must be at most " + maxLength + " characters.");
        }
        return v;
    }

    static String digits(JsonObject o, String name) throws ApiError {
        String v = string(o, name);
        if (v != null && !isDigits(v)) {
            throw ApiError.invalid("'" + name + "' must be a string of digits.");
        }
        return v;
    }

    static boolean isDigits(String s) {
        if (s == null || s.isEmpty() || s.length() > 19) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses a path id; anything that is not a digit string simply names nothing. */
    static long id(String s) {
        if (!isDigits(s)) {
            return -1;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
