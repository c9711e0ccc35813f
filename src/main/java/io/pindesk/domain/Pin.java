package io.pindesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A pin. IDs stay strings (Pinterest IDs are digit strings longer than a double can hold exactly).
 * {@code mediaType} is Pinterest's {@code media.media_type} (image, video, multiple_images…), {@code null} if absent.
 */
public record Pin(
        String id,
        String title,
        String description,
        String link,
        String altText,
        String dominantColor,
        String boardId,
        String sectionId,
        String parentPinId,
        String boardOwnerUsername,
        Instant createdAt,
        String creativeType,
        String mediaType,
        PinImages images) {

    public Pin {
        Objects.requireNonNull(id, "id");
        images = images == null ? PinImages.NONE : images;
    }
}
