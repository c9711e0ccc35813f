package io.pindesk.domain;

import java.util.Objects;

/** A board section. Pinterest has no "get one section" endpoint, so sections are always known with their board. */
public record Section(String id, String boardId, String name) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
