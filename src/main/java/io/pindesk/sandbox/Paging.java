package io.pindesk.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Bookmark paging (pinterest-v5 §9): {@code page_size} 1–250 (default 25), an opaque bookmark naming the last
 * item served, {@code bookmark: null} on the last page. Keyed on ids, so creating or deleting items between
 * pages neither repeats nor skips the others.
 */
final class Paging {

    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 250;
    private static final String PREFIX = "v1:";

    record Page<T>(List<T> items, String bookmark) {}

    private Paging() {}

    static int pageSize(Map<String, String> query) throws ApiError {
        String v = query.get("page_size");
        if (v == null) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= MAX_PAGE_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the error
        }
        throw ApiError.invalid("page_size must be a whole number from 1 to " + MAX_PAGE_SIZE + ".");
    }

    static <T> Page<T> page(NavigableMap<Long, T> map, Map<String, String> query, Predicate<T> visible)
            throws ApiError {
        int size = pageSize(query);
        String bookmark = query.get("bookmark");
        NavigableMap<Long, T> rest = map;
        if (bookmark != null && !bookmark.isEmpty()) {
            rest = map.tailMap(decode(bookmark), false);
        }
        List<T> items = new ArrayList<>(Math.min(size, 64));
        Long last = null;
        boolean more = false;
        for (Map.Entry<Long, T> e : rest.entrySet()) {
            if (!visible.test(e.getValue())) {
                continue;
            }
            if (items.size() == size) {
                more = true;
                break;
            }
            items.add(e.getValue());
            last = e.getKey();
        }
        return new Page<>(items, more ? encode(last) : null);
    }

    /** Writes {@code {"items":[…],"bookmark":…}} from each item's cached JSON bytes. */
    static <T> byte[] render(Page<T> page, Function<T, byte[]> json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.items().size() * 1024 + 64);
        out.writeBytes("{\"items\":[".getBytes(StandardCharsets.US_ASCII));
        boolean first = true;
        for (T item : page.items()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(json.apply(item));
        }
        out.writeBytes(("],\"bookmark\":" + (page.bookmark() == null ? "null" : "\"" + page.bookmark() + "\"") + "}")
                .getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.US_ASCII));
    }

    static long decode(String bookmark) throws ApiError {
        try {
            String s = new String(Base64.getUrlDecoder().decode(bookmark), StandardCharsets.US_ASCII);
            if (s.startsWith(PREFIX)) {
                return Long.parseLong(s.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error
        }
        throw ApiError.invalid("The bookmark is not valid; start again without one.");
    }
}
