package io.pindesk.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Decodes {@code data:} URLs (RFC 2397), base64 or percent-encoded. */
final class DataUrl {

    /** The declared media type (may be empty or wrong; the bytes decide) and the decoded bytes. */
    record Decoded(String mediaType, byte[] bytes) {}

    private DataUrl() {}

    static boolean isDataUrl(String s) {
        return s != null && s.regionMatches(true, 0, "data:", 0, 5);
    }

    /** The decoded content, or null when the URL is malformed (no comma, bad base64). */
    static Decoded decode(String url) {
        int comma = url.indexOf(',');
        if (!isDataUrl(url) || comma < 0) {
            return null;
        }
        String meta = url.substring(5, comma);
        String payload = url.substring(comma + 1);
        boolean base64 = meta.toLowerCase(Locale.ROOT).endsWith(";base64");
        String mediaType = (base64 ? meta.substring(0, meta.length() - 7) : meta).split(";")[0].trim();
        if (!base64) {
            return new Decoded(mediaType, percentDecode(payload));
        }
        String compact = new String(percentDecode(payload), StandardCharsets.ISO_8859_1).replaceAll("\\s+", "");
        try {
            return new Decoded(mediaType, Base64.getDecoder().decode(compact));
        } catch (IllegalArgumentException e) {
            try {
                return new Decoded(mediaType, Base64.getUrlDecoder().decode(compact)); // some pages use URL-safe base64
            } catch (IllegalArgumentException e2) {
                return null;
            }
        }
    }

    /** Percent-decoding to bytes; characters that aren't escapes are taken as UTF-8. Bad escapes stay literal. */
    static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) << 4 | hex(s.charAt(i + 2)));
                i += 3;
            } else if (c < 0x80) {
                out.write(c);
                i++;
            } else {
                int cp = s.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
