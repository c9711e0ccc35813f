package io.pindesk.service;

import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Scope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which scopes a publish needs, checked before anything is enqueued so the user learns why up front. */
public final class ScopeCheck {

    private ScopeCheck() {}

    public static Set<Scope> needed(BoardPrivacy privacy, boolean createsBoard) {
        Set<Scope> s = EnumSet.of(Scope.PINS_WRITE);
        if (privacy != null && privacy.needsSecretScopes()) {
            s.add(Scope.PINS_WRITE_SECRET);
        }
        if (createsBoard) {
            s.add(Scope.BOARDS_WRITE);
            if (privacy != null && privacy.needsSecretScopes()) {
                s.add(Scope.BOARDS_WRITE_SECRET);
            }
        }
        return s;
    }

    /** An explanation naming the missing scopes, or empty when everything needed was granted. */
    public static Optional<String> problem(Set<Scope> granted, BoardPrivacy privacy, boolean createsBoard) {
        List<String> missing = new ArrayList<>();
        for (Scope s : needed(privacy, createsBoard)) {
            if (!granted.contains(s)) {
                missing.add(s.wireName());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String what = createsBoard ? "create this board and publish to it" : "publish to this "
                + (privacy != null && privacy.needsSecretScopes() ? "secret " : "") + "board";
        return Optional.of("PinDesk was not given permission to " + what + " (missing " + String.join(", ", missing)
                + "). Sign out and sign in again, allowing these permissions.");
    }
}
