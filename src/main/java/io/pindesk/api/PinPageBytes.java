package io.pindesk.api;

import io.pindesk.domain.Repeated;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path for a page of pins, the reply a sync reads most: straight from the reply's bytes to
 * {@link Wire.PinJson}, with no decoding into characters first. Decoding every page to UTF-16 and then picking
 * strings out of the characters (Gson's reader) was most of a sync's CPU.
 *
 * <p>It takes only plain, well-formed JSON in the shape Pinterest sends and reads it exactly as
 * {@link PageReader} with {@link WirePinAdapter} does (members, nulls, skipped unknowns, shared repeated values,
 * the last duplicate member winning). Anything else makes it {@link Declined decline}: a number or boolean where a
 * string is expected, a string where a number is, bytes that are not UTF-8, raw control characters, an escape
 * JSON does not define, a duplicate image key, a null pin, a byte-order mark, trailing data. The reply is then read
 * again by the general path, which decides as it always did, so declining can never change a result.
 */
final class PinPageBytes {

    /** This reply is not one the fast path reads; the general path must. No stack trace: it is not an error. */
    static final class Declined extends Exception {
        private static final long serialVersionUID = 1L;

        Declined() {
            super(null, null, false, false);
        }
    }

    private static final Declined DECLINED = new Declined();
    private static final int MAX_DEPTH = 64;

    private final byte[] b;
    private int p;
    private char[] chars = new char[128];

    private PinPageBytes(byte[] body) {
        this.b = body;
    }

    /** A page's pins (in reply order) and bookmark (null at the end). */
    static PageReader.Raw<Wire.PinJson> parse(byte[] body) throws Declined {
        return new PinPageBytes(body).page();
    }

    private PageReader.Raw<Wire.PinJson> page() throws Declined {
        List<Wire.PinJson> items = null;
        String bookmark = null;
        ws();
        expect('{');
        if (!firstMember()) {
            throw DECLINED; // a page without items: the general path says so
        }
        do {
            String name = name();
            if (name.equals("items") && at('[')) {
                items = pins();
            } else if (name.equals("bookmark") && at('"')) {
                bookmark = string();
            } else if (name.equals("items") || name.equals("bookmark") && !at('n')) {
                throw DECLINED; // the wrong type
            } else {
                skipValue(0);
            }
        } while (nextMember());
        ws();
        if (p != b.length || items == null) {
            throw DECLINED;
        }
        return new PageReader.Raw<>(items, bookmark);
    }

    private List<Wire.PinJson> pins() throws Declined {
        List<Wire.PinJson> items = new ArrayList<>();
        expect('[');
        if (firstElement()) {
            do {
                items.add(pin());
            } while (nextElement());
        }
        return items;
    }

    private Wire.PinJson pin() throws Declined {
        String id = null;
        String title = null;
        String description = null;
        String link = null;
        String altText = null;
        String dominantColor = null;
        String boardId = null;
        String sectionId = null;
        String parentPinId = null;
        Wire.OwnerJson owner = null;
        String createdAt = null;
        String creativeType = null;
        Wire.PinMediaJson media = null;
        expect('{'); // a null pin is declined: the general path decides what it means
        if (firstMember()) {
            do {
                switch (name()) {
                    case "id" -> id = stringOrNull();
                    case "title" -> title = stringOrNull();
                    case "description" -> description = stringOrNull();
                    case "link" -> link = stringOrNull();
                    case "alt_text" -> altText = stringOrNull();
                    case "dominant_color" -> dominantColor = Repeated.string(stringOrNull());
                    case "board_id" -> boardId = Repeated.string(stringOrNull());
                    case "board_section_id" -> sectionId = Repeated.string(stringOrNull());
                    case "parent_pin_id" -> parentPinId = stringOrNull();
                    case "board_owner" -> owner = owner();
                    case "created_at" -> createdAt = stringOrNull();
                    case "creative_type" -> creativeType = Repeated.string(stringOrNull());
                    case "media" -> media = media();
                    default -> skipValue(1);
                }
            } while (nextMember());
        }
        return new Wire.PinJson(id, title, description, link, altText, dominantColor, boardId, sectionId,
                parentPinId, owner, createdAt, creativeType, media);
    }

    private Wire.OwnerJson owner() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        String username = null;
        expect('{');
        if (firstMember()) {
            do {
                if (name().equals("username")) {
                    username = Repeated.string(stringOrNull());
                } else {
                    skipValue(2);
                }
            } while (nextMember());
        }
        return new Wire.OwnerJson(username);
    }

    private Wire.PinMediaJson media() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        String mediaType = null;
        Map<String, Wire.ImageJson> images = null;
        List<Wire.ImageMetadataJson> items = null;
        String cover = null;
        expect('{');
        if (firstMember()) {
            do {
                switch (name()) {
                    case "media_type" -> mediaType = Repeated.string(stringOrNull());
                    case "images" -> images = images();
                    case "items" -> items = mediaItems();
                    case "cover_image_url" -> cover = stringOrNull();
                    default -> skipValue(2);
                }
            } while (nextMember());
        }
        return new Wire.PinMediaJson(mediaType, images, items, cover);
    }

    private List<Wire.ImageMetadataJson> mediaItems() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        List<Wire.ImageMetadataJson> items = new ArrayList<>();
        expect('[');
        if (firstElement()) {
            do {
                if (nullLiteral()) {
                    items.add(null);
                    continue;
                }
                Map<String, Wire.ImageJson> images = null;
                expect('{');
                if (firstMember()) {
                    do {
                        if (name().equals("images")) {
                            images = images();
                        } else {
                            skipValue(4);
                        }
                    } while (nextMember());
                }
                items.add(new Wire.ImageMetadataJson(images));
            } while (nextElement());
        }
        return items;
    }

    private Map<String, Wire.ImageJson> images() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        Map<String, Wire.ImageJson> images = new LinkedHashMap<>();
        expect('{');
        if (firstMember()) {
            do {
                String key = Repeated.string(name());
                if (images.containsKey(key)) {
                    throw DECLINED; // malformed for the general path too, which says so
                }
                images.put(key, image());
            } while (nextMember());
        }
        return images;
    }

    private Wire.ImageJson image() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        String url = null;
        Integer width = null;
        Integer height = null;
        expect('{');
        if (firstMember()) {
            do {
                switch (name()) {
                    case "url" -> url = stringOrNull();
                    case "width" -> width = Repeated.integer(intOrNull());
                    case "height" -> height = Repeated.integer(intOrNull());
                    default -> skipValue(5);
                }
            } while (nextMember());
        }
        return new Wire.ImageJson(url, width, height);
    }

    // ---- structure -------------------------------------------------------------------------------------------

    /** After '{': true if a member follows (positioned at its name), false if the object ended. */
    private boolean firstMember() throws Declined {
        ws();
        if (at('}')) {
            p++;
            return false;
        }
        return true;
    }

    /** After a member's value: true if another member follows, false if the object ended. */
    private boolean nextMember() throws Declined {
        ws();
        if (p >= b.length) {
            throw DECLINED;
        }
        byte c = b[p++];
        if (c == ',') {
            ws();
            return true;
        }
        if (c == '}') {
            return false;
        }
        throw DECLINED;
    }

    /** After '[': true if an element follows (positioned at it), false if the array ended. */
    private boolean firstElement() throws Declined {
        ws();
        if (at(']')) {
            p++;
            return false;
        }
        return true;
    }

    private boolean nextElement() throws Declined {
        ws();
        if (p >= b.length) {
            throw DECLINED;
        }
        byte c = b[p++];
        if (c == ',') {
            ws();
            return true;
        }
        if (c == ']') {
            return false;
        }
        throw DECLINED;
    }

    /** A member's name and the colon after it; positioned at the value. */
    private String name() throws Declined {
        if (!at('"')) {
            throw DECLINED;
        }
        String name = string();
        ws();
        expect(':');
        ws();
        return name;
    }

    private void skipValue(int depth) throws Declined {
        if (depth > MAX_DEPTH || p >= b.length) {
            throw DECLINED;
        }
        switch (b[p]) {
            case '"' -> string();
            case '{' -> {
                p++;
                if (firstMember()) {
                    do {
                        name();
                        skipValue(depth + 1);
                    } while (nextMember());
                }
            }
            case '[' -> {
                p++;
                if (firstElement()) {
                    do {
                        skipValue(depth + 1);
                    } while (nextElement());
                }
            }
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    // ---- values ----------------------------------------------------------------------------------------------

    private String stringOrNull() throws Declined {
        if (nullLiteral()) {
            return null;
        }
        if (!at('"')) {
            throw DECLINED; // a number or boolean as a string: the general path's rules
        }
        return string();
    }

    private Integer intOrNull() throws Declined {
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

    private boolean nullLiteral() throws Declined {
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
    private String string() throws Declined {
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
                i = utf8(i, c, n);
                n += Character.charCount(lastCodePoint);
            }
        }
    }

    private int lastCodePoint;

    /** Decodes one well-formed multi-byte UTF-8 sequence into {@link #chars} at {@code n}; returns the next index. */
    private int utf8(int i, int lead, int n) throws Declined {
        int len;
        int cp;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            len = 2;
            cp = lead & 0x1F;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            len = 3;
            cp = lead & 0x0F;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            len = 4;
            cp = lead & 0x07;
            min = 0x10000;
        } else {
            throw DECLINED;
        }
        if (i + len > b.length) {
            throw DECLINED;
        }
        for (int k = 1; k < len; k++) {
            int cont = b[i + k] & 0xFF;
            if ((cont & 0xC0) != 0x80) {
                throw DECLINED;
            }
            cp = cp << 6 | cont & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw DECLINED; // overlong, beyond Unicode, or an encoded surrogate: not UTF-8
        }
        Character.toChars(cp, chars, n);
        lastCodePoint = cp;
        return i + len;
    }

    // ---- bytes -----------------------------------------------------------------------------------------------

    private void ws() {
        while (p < b.length) {
            byte c = b[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            p++;
        }
    }

    private boolean at(char c) {
        return p < b.length && b[p] == c;
    }

    private void expect(char c) throws Declined {
        if (!at(c)) {
            throw DECLINED;
        }
        p++;
    }
}
