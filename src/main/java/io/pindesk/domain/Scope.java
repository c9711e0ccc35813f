package io.pindesk.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The OAuth scopes PinDesk uses, with their wire names ({@code boards:read} …). */
public enum Scope {
    USER_ACCOUNTS_READ("user_accounts:read"),
    BOARDS_READ("boards:read"),
    BOARDS_READ_SECRET("boards:read_secret"),
    BOARDS_WRITE("boards:write"),
    BOARDS_WRITE_SECRET("boards:write_secret"),
    PINS_READ("pins:read"),
    PINS_READ_SECRET("pins:read_secret"),
    PINS_WRITE("pins:write"),
    PINS_WRITE_SECRET("pins:write_secret");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.wireName.equals(n)).findFirst();
    }

    /**
     * Parses a granted-scope string. Pinterest separates scopes with spaces in token responses and accepts
     * commas in requests, so both are accepted; unknown scopes are ignored.
     */
    public static Set<Scope> parseList(String scopes) {
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        if (scopes == null) {
            return out;
        }
        for (String part : scopes.split("[\\s,]+")) {
            fromWire(part).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
