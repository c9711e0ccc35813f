package io.pindesk.api;

import io.pindesk.domain.BoardPrivacy;

/** A board to create. {@code privacy} null means Pinterest's default (PUBLIC). */
public record NewBoard(String name, String description, BoardPrivacy privacy) {
    public NewBoard {
        Checks.nonBlank("board name", name);
    }
}
