package io.pindesk.service;

import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Scope;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The library's changes and the scopes each needs, so the UI can disable an action with an explanation before any
 * request is sent (design §4). Secret boards and their pins also need the {@code *_secret} variants.
 */
public enum LibraryAction {
    CREATE_BOARD(Scope.BOARDS_WRITE, Scope.BOARDS_WRITE_SECRET, "create boards"),
    EDIT_BOARD(Scope.BOARDS_WRITE, Scope.BOARDS_WRITE_SECRET, "change boards"),
    DELETE_BOARD(Scope.BOARDS_WRITE, Scope.BOARDS_WRITE_SECRET, "delete boards"),
    EDIT_SECTIONS(Scope.BOARDS_WRITE, Scope.BOARDS_WRITE_SECRET, "change sections"),
    EDIT_PIN(Scope.PINS_WRITE, Scope.PINS_WRITE_SECRET, "edit pins"),
    DELETE_PIN(Scope.PINS_WRITE, Scope.PINS_WRITE_SECRET, "delete pins"),
    MOVE_PIN(Scope.PINS_WRITE, Scope.PINS_WRITE_SECRET, "move pins"),
    SAVE_PIN(Scope.PINS_WRITE, Scope.PINS_WRITE_SECRET, "save pins to boards");

    private final Scope scope;
    private final Scope secretScope;
    private final String verb;

    LibraryAction(Scope scope, Scope secretScope, String verb) {
        this.scope = scope;
        this.secretScope = secretScope;
        this.verb = verb;
    }

    /** The scopes needed on a board of {@code privacy} (null when the board is unknown: treated as public). */
    public Set<Scope> requiredScopes(BoardPrivacy privacy) {
        Set<Scope> needed = EnumSet.of(scope);
        if (privacy != null && privacy.needsSecretScopes()) {
            needed.add(secretScope);
        }
        return needed;
    }

    /** Empty when allowed; otherwise a sentence saying which permission is missing and what to do. */
    public Optional<String> deniedReason(Set<Scope> granted, BoardPrivacy privacy) {
        Set<Scope> missing = EnumSet.copyOf(requiredScopes(privacy));
        missing.removeAll(granted);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String names = missing.stream().map(Scope::wireName).sorted().collect(Collectors.joining(", "));
        String where = privacy != null && privacy.needsSecretScopes() ? " on secret boards" : "";
        return Optional.of("To " + verb + where + ", PinDesk needs the permission " + names
                + ", which this sign-in did not grant. Sign in again and allow it.");
    }
}
