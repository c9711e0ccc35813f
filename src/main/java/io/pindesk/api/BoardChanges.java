package io.pindesk.api;

import io.pindesk.domain.BoardPrivacy;

/**
 * Changes to a board; null fields are left as they are. The spec's {@code BoardUpdatePrivacy} allows only PUBLIC
 * and SECRET: a board cannot be made PROTECTED, so that is refused here with a clear message.
 */
public record BoardChanges(String name, String description, BoardPrivacy privacy) {
    public BoardChanges {
        if (name != null) {
            Checks.nonBlank("board name", name);
        }
        if (privacy != null && !privacy.settableOnUpdate()) {
            throw new IllegalArgumentException("a board's privacy can only be changed to PUBLIC or SECRET");
        }
        if (name == null && description == null && privacy == null) {
            throw new IllegalArgumentException("nothing to change: give a name, description or privacy");
        }
    }
}
