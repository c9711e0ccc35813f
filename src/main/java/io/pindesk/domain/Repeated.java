package io.pindesk.domain;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance for the values that repeat across thousands of pins: board ids, owners, media and creative
 * types, colours, rendition keys ({@code 150x150}…) and image sizes. A 15,000-pin library otherwise holds 15,000
 * copies of each, about half a kilobyte a pin, and every garbage collection during a sync copies them all. Readers
 * of pins (the API client, the saved library) pass such values through here. Bounded: past
 * {@value #MAX_STRINGS} distinct strings nothing more is pooled, so odd data can never make it grow without end.
 */
public final class Repeated {

    static final int MAX_STRINGS = 4096;
    private static final int MAX_INTEGER = 4096;

    private static final ConcurrentHashMap<String, String> STRINGS = new ConcurrentHashMap<>();
    /** Filled as met; a race only makes two equal Integers, and an Integer's value is final, so it is safe. */
    private static final Integer[] INTEGERS = new Integer[MAX_INTEGER + 1];

    private Repeated() {}

    /** The pooled instance equal to {@code s} (s itself when it is the first, or the pool is full); null stays null. */
    public static String string(String s) {
        if (s == null) {
            return null;
        }
        String pooled = STRINGS.get(s);
        if (pooled != null) {
            return pooled;
        }
        if (STRINGS.size() >= MAX_STRINGS) {
            return s;
        }
        pooled = STRINGS.putIfAbsent(s, s);
        return pooled == null ? s : pooled;
    }

    /** A shared Integer for 0–4096 (Integer.valueOf shares only up to 127; image sizes are larger). */
    public static Integer integer(Integer value) {
        if (value == null || value < 0 || value > MAX_INTEGER) {
            return value;
        }
        Integer shared = INTEGERS[value];
        if (shared == null) {
            INTEGERS[value] = shared = value;
        }
        return shared;
    }
}
