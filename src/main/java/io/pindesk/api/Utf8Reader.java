package io.pindesk.api;

import java.io.Reader;

/**
 * Characters of a reply's UTF-8 bytes, for the JSON reader: one plain loop over the array instead of the JDK's
 * charset decoder, which works through byte and char buffers a few kilobytes at a time and was a fifth of a
 * page's parse. Only well-formed UTF-8 is decoded; at the first malformed byte {@link Malformed} is thrown, and the
 * caller decodes the reply again with the JDK's decoder, whose replacement characters are then exactly as before.
 */
final class Utf8Reader extends Reader {

    /** The bytes are not well-formed UTF-8. */
    static final class Malformed extends RuntimeException {
        Malformed() {
            super("not well-formed UTF-8", null, false, false);
        }
    }

    private final byte[] in;
    private int pos;
    /** The low half of a surrogate pair that did not fit the caller's array. */
    private char pending;

    Utf8Reader(byte[] in) {
        this.in = in;
    }

    @Override
    public int read(char[] out, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pending != 0) {
            out[off] = pending;
            pending = 0;
            n = 1;
        }
        byte[] b = in;
        int p = pos;
        int end = b.length;
        while (n < len && p < end) {
            int c = b[p];
            if (c >= 0) {
                out[off + n++] = (char) c;
                p++;
            } else {
                int cp = codePoint(b, p);
                p += length(cp);
                if (cp < 0x10000) {
                    out[off + n++] = (char) cp;
                } else { // a surrogate pair
                    out[off + n++] = Character.highSurrogate(cp);
                    if (n < len) {
                        out[off + n++] = Character.lowSurrogate(cp);
                    } else {
                        pending = Character.lowSurrogate(cp);
                    }
                }
            }
        }
        pos = p;
        return n == 0 ? -1 : n;
    }

    /**
     * The code point of the multi-byte sequence whose lead byte is at {@code i}, if it is well-formed UTF-8
     * (shortest form, no encoded surrogate, at most U+10FFFF); otherwise {@link Malformed}.
     */
    static int codePoint(byte[] b, int i) {
        int c = b[i];
        if ((c & 0xE0) == 0xC0) { // two bytes: U+0080..U+07FF
            int cp = (c & 0x1F) << 6 | next(b, i + 1);
            if (cp < 0x80) {
                throw new Malformed();
            }
            return cp;
        }
        if ((c & 0xF0) == 0xE0) { // three bytes: U+0800..U+FFFF without surrogates
            int cp = (c & 0x0F) << 12 | next(b, i + 1) << 6 | next(b, i + 2);
            if (cp < 0x800 || Character.isSurrogate((char) cp)) {
                throw new Malformed();
            }
            return cp;
        }
        if ((c & 0xF8) == 0xF0) { // four bytes: U+10000..U+10FFFF
            int cp = (c & 0x07) << 18 | next(b, i + 1) << 12 | next(b, i + 2) << 6 | next(b, i + 3);
            if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
                throw new Malformed();
            }
            return cp;
        }
        throw new Malformed();
    }

    /** How many bytes a code point from {@link #codePoint} took: shortest form, so its value says. */
    static int length(int cp) {
        return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** The six payload bits of the continuation byte at {@code i}. */
    private static int next(byte[] b, int i) {
        if (i >= b.length || (b[i] & 0xC0) != 0x80) {
            throw new Malformed();
        }
        return b[i] & 0x3F;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
