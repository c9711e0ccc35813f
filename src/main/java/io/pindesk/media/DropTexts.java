package io.pindesk.media;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a platform handed over for a text type into a String. Browsers on Linux send
 * {@code text/x-moz-url} and Chromium's {@code text/html} as UTF-16LE, sometimes with a BOM; when
 * JavaFX already decoded those as Latin-1 and cut them at the first NUL, only "ÿþ<" is left and
 * the value is useless (desktop-notes §3.6), so it is dropped rather than parsed as garbage.
 */
final class DropTexts {

    private DropTexts() {}

    /** The text, or null when the value is absent, not text, or mangled beyond repair. */
    static String text(Object value) {
        if (value instanceof String s) {
            return fromString(s);
        }
        if (value instanceof byte[] b) {
            return fromBytes(b);
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] b = new byte[copy.remaining()];
            copy.get(b);
            return fromBytes(b);
        }
        if (value instanceof char[] chars) {
            return fromString(new String(chars));
        }
        return null;
    }

    /** Raw bytes of a binary value (byte[] or ByteBuffer), or null. */
    static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] b = new byte[copy.remaining()];
            copy.get(b);
            return b;
        }
        return null;
    }

    private static String fromString(String s) {
        if (s.startsWith("\u00FF\u00FE") || s.startsWith("\u00FE\u00FF")) {
            // UTF-16 decoded as Latin-1: recoverable only if nothing was cut at the first NUL
            if (s.indexOf('\0') < 0) {
                return null;
            }
            return fromBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return stripNuls(s);
    }

    static String fromBytes(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return stripNuls(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return stripNuls(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return stripNuls(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (looksUtf16le(b)) {
            return stripNuls(new String(b, 0, b.length & ~1, StandardCharsets.UTF_16LE));
        }
        return stripNuls(new String(b, StandardCharsets.UTF_8));
    }

    /** Firefox's text/x-moz-url on Linux: UTF-16LE without BOM, so every second byte of ASCII is 0. */
    private static boolean looksUtf16le(byte[] b) {
        int pairs = Math.min(b.length / 2, 64);
        if (pairs < 2) {
            return false;
        }
        int zeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i + 1] == 0 && b[2 * i] != 0) {
                zeros++;
            }
        }
        return zeros >= pairs * 3 / 4;
    }

    private static String stripNuls(String s) {
        int end = s.indexOf('\0');
        return end >= 0 ? s.substring(0, end) : s;
    }

    /** Non-empty lines, trimmed, without {@code #} comment lines (text/uri-list, RFC 2483; CRLF or LF). */
    static List<String> uriListLines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\r\n|\r|\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                lines.add(t);
            }
        }
        return lines;
    }

    /** All lines, trimmed, empty ones kept (text/x-moz-url alternates URL and title lines). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\r\n|\r|\n")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
