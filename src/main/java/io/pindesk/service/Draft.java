package io.pindesk.service;

import io.pindesk.domain.BoardPrivacy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the composer holds, saved as it is typed so nothing is lost. Image files live in the draft's own folder.
 *
 * @param publishAt the "Publish at…" time, or null for "as soon as possible"
 */
public record Draft(String id, Instant updatedAt, String boardId, String boardName, BoardPrivacy boardPrivacy,
        String sectionId, String sectionName, boolean carousel, PinText text, List<DraftImage> images,
        Instant publishAt) {

    /** One prepared image of a draft with its own text (batch mode) and what the pipeline warned about. */
    public record DraftImage(String file, String contentType, int width, int height, String label, PinText text,
            List<String> warnings) {
        public DraftImage {
            Objects.requireNonNull(file, "file");
            text = text == null ? PinText.EMPTY : text;
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    public Draft {
        Objects.requireNonNull(id, "id");
        text = text == null ? PinText.EMPTY : text;
        images = images == null ? List.of() : List.copyOf(images);
    }

    public static Draft empty(String id) {
        return new Draft(id, null, null, null, null, null, null, false, PinText.EMPTY, List.of(), null);
    }

    /** True when there is nothing worth keeping (no image and no text). */
    public boolean isBlank() {
        PinText t = text.normalized();
        return images.isEmpty() && t.title() == null && t.description() == null && t.link() == null
                && t.altText() == null;
    }

    public String label() {
        PinText t = text.normalized();
        if (t.title() != null) {
            return t.title();
        }
        return images.isEmpty() ? "Empty draft" : images.size() + (images.size() == 1 ? " image" : " images");
    }

    public Draft withUpdatedAt(Instant at) {
        return new Draft(id, at, boardId, boardName, boardPrivacy, sectionId, sectionName, carousel, text, images,
                publishAt);
    }
}
