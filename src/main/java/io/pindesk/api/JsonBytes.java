package io.pindesk.api;

import java.nio.charset.StandardCharsets;

/**
 * A cursor over a reply's UTF-8 bytes that reads plain, strict JSON and {@link Declined declines} everything else:
 * bytes that are not UTF-8, raw control characters, escapes JSON does not define, numbers outside the grammar,
 * deep nesting, a byte-order mark. Plain ASCII strings become Latin-1 strings straight from the bytes. The shape
 * of a reply is read by its reader ({@link PinPageBytes}); a declined reply goes to the general path.
 */
final class JsonBytes {

    /** This reply is not one the fast path reads; the general path must. No stack trace: it is not an error. */
    static final class Declined extends Exception {
        private static final long serialVersionUID = 1L;

        Declined() {
            super(null, null, false, false);
        }
    }

    static final Declined DECLINED = new Declined();
    private static final int MAX_DEPTH = 64;

    private final byte[] b;
    private int p;
    private char[] chars = new char[128];

    JsonBytes(byte[] body) {
        this.b = body;
    }

    /** True when only whitespace is left. */
    boolean atEnd() {
        ws();
        return p == b.length;
    }

    // ---- structure -------------------------------------------------------------------------------------------

    /** After '{' or '[': true if a member or element follows (positioned at it), false if it closed at once. */
    boolean opened(char close) throws Declined {
        ws();
        if (at(close)) {
            p++;
            return false;
        }
        return true;
    }

    /** After a member or element: true if another follows (positioned at it), false if the container closed. */
    boolean more(char close) throws Declined {
        ws();
        if (p >= b.length) {
            throw DECLINED;
        }
        byte c = b[p++];
        if (c == ',') {
            ws();
            return true;
        }
        if (c == close) {
            return false;
        }
        throw DECLINED;
    }

    /** A member's name and the colon after it; positioned at the value. */
    String name() throws Declined {
        if (!at('"')) {
            throw DECLINED;
        }
        String name = string();
        ws();
        expect(':');
        ws();
        return name;
    }

    void skipValue(int depth) throws Declined {
        if (depth > MAX_DEPTH || p >= b.length) {
            throw DECLINED;
        }
        switch (b[p]) {
            case '"' -> string();
            case '{' -> {
                p++;
                if (opened('}')) {
                    do {
                        name();
                        skipValue(depth + 1);
                    } while (more('}'));
                }
            }
            case '[' -> {
                p++;
                if (opened(']')) {
                    do {
                        skipValue(depth + 1);
                    } while (more(']'));
                }
            }
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    // ---- values ----------------------------------------------------------------------------------------------

    String stringOrNull() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        if (!at('"')) {
            throw DECLINED; // a number or boolean as a string: the general path's rules
        }
        return string();
    }

    Integer intOrNull() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        int digitsStart = p; // no sign: sizes are never negative, and a negative one is left to the general path
        long value = 0;
        while (p < b.length && b[p] >= '0' && b[p] <= '9') {
            value = value * 10 + (b[p] - '0');
            if (value > (long) Integer.MAX_VALUE + 1) {
                throw DECLINED;
            }
            p++;
        }
        int digits = p - digitsStart;
        if (digits == 0 || digits > 1 && b[digitsStart] == '0' || p < b.length && (b[p] == '.' || b[p] == 'e'
                || b[p] == 'E') || value > Integer.MAX_VALUE) {
            throw DECLINED; // a fraction, an exponent, a leading zero, too big: not the sizes Pinterest sends
        }
        return (int) value;
    }

    boolean nullLiteral() throws Declined {
        if (at('n')) {
            literal("null");
            return true;
        }
        return false;
    }

    private void literal(String word) throws Declined {
        int n = word.length();
        if (p + n > b.length) {
            throw DECLINED;
        }
        for (int i = 0; i < n; i++) {
            if (b[p + i] != word.charAt(i)) {
                throw DECLINED;
            }
        }
        p += n;
        if (p < b.length && isWordByte(b[p])) {
            throw DECLINED; // "nullx", "true1"
        }
    }

    /** A JSON number, checked against the grammar and skipped. */
    private void number() throws Declined {
        if (at('-')) {
            p++;
        }
        if (at('0')) {
            p++;
        } else if (digits() == 0) {
            throw DECLINED;
        }
        if (at('.')) {
            p++;
            if (digits() == 0) {
                throw DECLINED;
            }
        }
        if (at('e') || at('E')) {
            p++;
            if (at('+') || at('-')) {
                p++;
            }
            if (digits() == 0) {
                throw DECLINED;
            }
        }
        if (p < b.length && isWordByte(b[p])) {
            throw DECLINED;
        }
    }

    private int digits() {
        int start = p;
        while (p < b.length && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        return p - start;
    }

    private static boolean isWordByte(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-'
                || c == '+' || c == '_';
    }

    /**
     * A string at its opening quote. Plain ASCII (nearly every string Pinterest sends) becomes a Latin-1 string
     * straight from the bytes; escapes and multi-byte characters go through {@link #decodeString}.
     */
    String string() throws Declined {
        int start = ++p;
        int i = start;
        byte[] bytes = b;
        int end = bytes.length;
        while (i < end) {
            byte c = bytes[i];
            if (c == '"') {
                p = i + 1;
                return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (c == '\\' || c < 0x20) { // a negative byte (non-ASCII) is < 0x20 too
                return decodeString(start);
            }
            i++;
        }
        throw DECLINED;
    }

    private String decodeString(int start) throws Declined {
        int n = 0;
        int i = start;
        while (true) {
            if (i >= b.length) {
                throw DECLINED;
            }
            if (n + 2 > chars.length) {
                chars = java.util.Arrays.copyOf(chars, chars.length * 2);
            }
            int c = b[i] & 0xFF;
            if (c == '"') {
                p = i + 1;
                return new String(chars, 0, n);
            }
            if (c == '\\') {
                if (i + 1 >= b.length) {
                    throw DECLINED;
                }
                char e = (char) b[i + 1];
                i += 2;
                switch (e) {
                    case '"', '\\', '/' -> chars[n++] = e;
                    case 'b' -> chars[n++] = '\b';
                    case 'f' -> chars[n++] = '\f';
                    case 'n' -> chars[n++] = '\n';
                    case 'r' -> chars[n++] = '\r';
                    case 't' -> chars[n++] = '\t';
                    case 'u' -> {
                        if (i + 4 > b.length) {
                            throw DECLINED;
                        }
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int h = Character.digit(b[i + k], 16);
                            if (h < 0) {
                                throw DECLINED;
                            }
                            v = v << 4 | h;
                        }
                        chars[n++] = (char) v;
                        i += 4;
                    }
                    default -> throw DECLINED;
                }
            } else if (c < 0x20) {
                throw DECLINED; // a raw control character
            } else if (c < 0x80) {
                chars[n++] = (char) c;
                i++;
            } else {
                int cp;
                try {
                    cp = Utf8Reader.codePoint(b, i);
                } catch (Utf8Reader.Malformed e) {
                    throw DECLINED; // not UTF-8: the general path decodes it the JDK's way
                }
                n += Character.toChars(cp, chars, n);
                i += Utf8Reader.length(cp);
            }
        }
    }

    // ---- bytes -----------------------------------------------------------------------------------------------

    void ws() {
        while (p < b.length) {
            byte c = b[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            p++;
        }
    }

    boolean at(char c) {
        return p < b.length && b[p] == c;
    }

    void expect(char c) throws Declined {
        if (!at(c)) {
            throw DECLINED;
        }
        p++;
    }
}
