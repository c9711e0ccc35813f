package io.pindesk.sandbox;

import java.util.Set;

/**
 * Secret-board rules (pinterest-v5 §2.8): a SECRET board is invisible without {@code boards:read_secret} and
 * writable only with {@code boards:write_secret}; pins on it (secret pins) need {@code pins:read_secret} to be
 * read and {@code pins:write_secret} to be created, changed or deleted. Invisible things answer 404, so a token
 * cannot even learn that they exist.
 */
final class Access {

    private Access() {}

    static boolean canSee(SandboxBoard b, Set<String> scopes) {
        return !b.secret() || scopes.contains(Scopes.BOARDS_READ_SECRET);
    }

    static boolean canSee(SandboxPin p, SandboxLibrary library, Set<String> scopes) {
        SandboxBoard b = library.boards.get(p.boardId);
        return b != null && (!b.secret() || scopes.contains(Scopes.PINS_READ_SECRET));
    }

    static void requireBoardWrite(SandboxBoard b, Set<String> scopes) throws ApiError {
        if (b.secret()) {
            require(scopes, Scopes.BOARDS_WRITE_SECRET);
        }
    }

    static void requirePinWrite(SandboxBoard b, Set<String> scopes) throws ApiError {
        if (b.secret()) {
            require(scopes, Scopes.PINS_WRITE_SECRET);
        }
    }

    static void require(Set<String> scopes, String scope) throws ApiError {
        if (!scopes.contains(scope)) {
            throw ApiError.missingScope(scope);
        }
    }
}
