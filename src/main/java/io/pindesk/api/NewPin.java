package io.pindesk.api;

import java.util.Objects;

/**
 * A pin to create. The spec marks nothing required, but Pinterest needs a board and media, so both are required
 * here; text limits are the spec's (title 100, description 800, link 2048, alt text 500).
 */
public record NewPin(String boardId, String sectionId, String title, String description, String link,
        String altText, MediaSource media) {

    public NewPin {
        Checks.id("board id", boardId);
        Checks.optionalId("section id", sectionId);
        Checks.maxLength("title", title, Checks.TITLE_MAX);
        Checks.maxLength("description", description, Checks.DESCRIPTION_MAX);
        Checks.maxLength("link", link, Checks.LINK_MAX);
        Checks.maxLength("alt text", altText, Checks.ALT_TEXT_MAX);
        Objects.requireNonNull(media, "media");
    }

    public static NewPin of(String boardId, MediaSource media) {
        return new NewPin(boardId, null, null, null, null, null, media);
    }
}
