package io.pindesk.sandbox;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The OAuth scopes of the Pinterest v5 spec ({@code securitySchemes.pinterest_oauth2}). */
final class Scopes {

    static final String USER_ACCOUNTS_READ = "user_accounts:read";
    static final String BOARDS_READ = "boards:read";
    static final String BOARDS_READ_SECRET = "boards:read_secret";
    static final String BOARDS_WRITE = "boards:write";
    static final String BOARDS_WRITE_SECRET = "boards:write_secret";
    static final String PINS_READ = "pins:read";
    static final String PINS_READ_SECRET = "pins:read_secret";
    static final String PINS_WRITE = "pins:write";
    static final String PINS_WRITE_SECRET = "pins:write_secret";

    static final List<String> ALL = List.of("ads:read", "ads:write", "billing:read", "billing:write",
            "biz_access:read", "biz_access:write", BOARDS_READ, BOARDS_READ_SECRET, BOARDS_WRITE,
            BOARDS_WRITE_SECRET, "catalogs:read", "catalogs:write", "msot:write", PINS_READ, PINS_READ_SECRET,
            PINS_WRITE, PINS_WRITE_SECRET, USER_ACCOUNTS_READ, "user_accounts:write");

    private Scopes() {}

    /** Splits a scope parameter on commas and/or spaces (Pinterest accepts both); unknown scopes are an error. */
    static Set<String> parse(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String s : text.split("[,\\s]+")) {
            if (s.isEmpty()) {
                continue;
            }
            if (!ALL.contains(s)) {
                throw new IllegalArgumentException("unknown scope '" + s + "'");
            }
            out.add(s);
        }
        return out;
    }

    static String join(Set<String> scopes) {
        return String.join(",", scopes);
    }

    static String describe(String scope) {
        return switch (scope) {
            case BOARDS_READ -> "See your public boards, including group boards you join";
            case BOARDS_READ_SECRET -> "See your secret boards";
            case BOARDS_WRITE -> "Create, update, or delete your public boards";
            case BOARDS_WRITE_SECRET -> "Create, update, or delete your secret boards";
            case PINS_READ -> "See your public Pins";
            case PINS_READ_SECRET -> "See your secret Pins";
            case PINS_WRITE -> "Create, update, or delete your public Pins";
            case PINS_WRITE_SECRET -> "Create, update, or delete your secret Pins";
            case USER_ACCOUNTS_READ -> "See your user accounts and followers";
            case "user_accounts:write" -> "Update your user accounts and followers";
            default -> Arrays.stream(scope.split(":")).reduce((a, b) -> a + " (" + b + ")").orElse(scope);
        };
    }
}
