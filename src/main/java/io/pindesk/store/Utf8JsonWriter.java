package io.pindesk.store;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes JSON straight to UTF-8 bytes, byte for byte what Gson's {@code JsonWriter} with HTML escaping off writes
 * through an {@code OutputStreamWriter}: the same escapes ({@code \"}, {@code \\}, {@code \n} and friends,
 * {@code \u001f}-style for other control characters, {@code \u2028} and {@code \u2029}), non-ASCII text as raw
 * UTF-8, an unpaired surrogate as {@code ?}. Saving a synced library writes about a kilobyte per pin for every pin
 * of every changed board, and Gson's writer spends most of that time in per-character {@code Writer} calls and the
 * charset encoder. Minimal on purpose: the caller places names, values and separators; nothing is validated.
 */
final class Utf8JsonWriter {

    /** Strings are written this many chars at a time (the worst case of a chunk fits the buffer). */
    private static final int MAX_ONE_GO = 4096;
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buf = new byte[32 * 1024];
    private int pos;
    /** Whether the current object or array already has a member, i.e. the next one needs a comma. */
    private final boolean[] hasMember = new boolean[16];
    private int depth;
    /** A name was written and its value is next (no comma before it). */
    private boolean valueExpected;

    Utf8JsonWriter(OutputStream out) {
        this.out = out;
    }

    Utf8JsonWriter beginObject() throws IOException {
        return open('{');
    }

    Utf8JsonWriter endObject() throws IOException {
        return close('}');
    }

    Utf8JsonWriter beginArray() throws IOException {
        return open('[');
    }

    Utf8JsonWriter endArray() throws IOException {
        return close(']');
    }

    /** A member name; the value must follow. */
    Utf8JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        room(1);
        buf[pos++] = ':';
        valueExpected = true;
        return this;
    }

    /** An array element or a member's value (after {@link #name}). */
    Utf8JsonWriter value(String value) throws IOException {
        beforeValue();
        string(value);
        return this;
    }

    Utf8JsonWriter value(long value) throws IOException {
        beforeValue();
        if (value >= 0 && value < 1_000_000_000L) {
            digits((int) value); // widths and heights: no String per number
        } else {
            ascii(Long.toString(value));
        }
        return this;
    }

    /** Writes out what is buffered; the stream itself is the caller's to close. */
    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private Utf8JsonWriter open(char bracket) throws IOException {
        beforeValue();
        room(1);
        buf[pos++] = (byte) bracket;
        hasMember[++depth] = false;
        return this;
    }

    private Utf8JsonWriter close(char bracket) throws IOException {
        room(1);
        buf[pos++] = (byte) bracket;
        depth--;
        return this;
    }

    /** A value follows its name directly; an array element (or a top-level value) is separated from the last. */
    private void beforeValue() throws IOException {
        if (valueExpected) {
            valueExpected = false;
        } else if (depth > 0) {
            separate();
        }
    }

    private void separate() throws IOException {
        if (hasMember[depth]) {
            room(1);
            buf[pos++] = ',';
        }
        hasMember[depth] = true;
    }

    private void string(String s) throws IOException {
        room(1);
        buf[pos++] = '"';
        int n = s.length();
        for (int i = 0; i < n; ) {
            i = chunk(s, i, Math.min(n, i + MAX_ONE_GO));
        }
        room(1);
        buf[pos++] = '"';
    }

    /**
     * Writes {@code s[from, to)} after reserving its worst case (every char a \\u escape), so the loop needs no
     * bounds check of its own; returns the next index (past {@code to} when a surrogate pair straddled it).
     */
    private int chunk(String s, int from, int to) throws IOException {
        room((to - from) * 6);
        byte[] b = buf;
        int p = pos;
        int i = from;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                b[p++] = (byte) c;
            } else {
                pos = p;
                i = special(s, i, c);
                p = pos;
            }
        }
        pos = p;
        return i;
    }

    /** Writes the escape or the multi-byte UTF-8 of {@code c} at {@code i}; returns the last index consumed. */
    private int special(String s, int i, char c) {
        switch (c) {
            case '"' -> escape('"');
            case '\\' -> escape('\\');
            case '\t' -> escape('t');
            case '\b' -> escape('b');
            case '\n' -> escape('n');
            case '\r' -> escape('r');
            case '\f' -> escape('f');
            case '\u2028', '\u2029' -> unicodeEscape(c);
            default -> {
                if (c < 0x20) {
                    unicodeEscape(c);
                } else if (c < 0x800) {
                    buf[pos++] = (byte) (0xC0 | c >> 6);
                    buf[pos++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    buf[pos++] = (byte) (0xE0 | c >> 12);
                    buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    buf[pos++] = (byte) (0xF0 | cp >> 18);
                    buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp & 0x3F);
                    return i + 1;
                } else {
                    buf[pos++] = '?'; // what the UTF-8 encoder writes for half a surrogate pair
                }
            }
        }
        return i;
    }

    private void escape(char c) {
        buf[pos++] = '\\';
        buf[pos++] = (byte) c;
    }

    private void unicodeEscape(char c) {
        buf[pos++] = '\\';
        buf[pos++] = 'u';
        buf[pos++] = HEX[c >> 12 & 0xF];
        buf[pos++] = HEX[c >> 8 & 0xF];
        buf[pos++] = HEX[c >> 4 & 0xF];
        buf[pos++] = HEX[c & 0xF];
    }

    private void digits(int value) throws IOException {
        room(10);
        int start = pos;
        int v = value;
        do {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void ascii(String s) throws IOException {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    private void room(int bytes) throws IOException {
        if (pos + bytes > buf.length) {
            flush();
        }
    }
}
