package io.pindesk.service;

import io.pindesk.domain.BoardPrivacy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the composer asks to publish: one pin per image, or one carousel of 2–5 images.
 *
 * @param publishAt null for "as soon as possible", else the scheduled time
 */
public record PublishRequest(String boardId, String boardName, BoardPrivacy boardPrivacy, String sectionId,
        boolean carousel, PinText text, List<Image> images, Instant publishAt) {

    /** A prepared image file (JPEG or PNG) and its own text (used per pin, or per carousel slide). */
    public record Image(Path file, String contentType, int width, int height, PinText text) {
        public Image {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(contentType, "contentType");
            text = text == null ? PinText.EMPTY : text;
        }
    }

    public PublishRequest {
        Objects.requireNonNull(boardId, "boardId");
        images = List.copyOf(images);
        text = text == null ? PinText.EMPTY : text;
        boardPrivacy = boardPrivacy == null ? BoardPrivacy.PUBLIC : boardPrivacy;
    }
}
