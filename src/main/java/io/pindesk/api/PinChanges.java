package io.pindesk.api;

/**
 * Changes to a pin ({@code PATCH /pins/{id}}, beta at Pinterest); null fields are left as they are. Moving a pin is
 * a change of {@code boardId}/{@code sectionId}.
 */
public record PinChanges(String title, String description, String link, String altText, String boardId,
        String sectionId) {

    public PinChanges {
        Checks.maxLength("title", title, Checks.TITLE_MAX);
        Checks.maxLength("description", description, Checks.DESCRIPTION_MAX);
        Checks.maxLength("link", link, Checks.LINK_MAX);
        Checks.maxLength("alt text", altText, Checks.ALT_TEXT_MAX);
        Checks.optionalId("board id", boardId);
        Checks.optionalId("section id", sectionId);
        if (title == null && description == null && link == null && altText == null && boardId == null
                && sectionId == null) {
            throw new IllegalArgumentException("nothing to change");
        }
    }
}
