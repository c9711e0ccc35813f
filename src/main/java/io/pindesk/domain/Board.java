package io.pindesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Pinterest board as PinDesk uses it. Counts are {@code null} when Pinterest did not send them
 * (it omits optional fields rather than sending null).
 */
public record Board(
        String id,
        String name,
        String description,
        BoardPrivacy privacy,
        String ownerUsername,
        Integer pinCount,
        Integer followerCount,
        Integer collaboratorCount,
        Instant createdAt,
        Instant pinsModifiedAt,
        String coverImageUrl,
        List<String> pinThumbnailUrls,
        boolean adsOnly) {

    public Board {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        privacy = privacy == null ? BoardPrivacy.PUBLIC : privacy;
        pinThumbnailUrls = pinThumbnailUrls == null ? List.of() : List.copyOf(pinThumbnailUrls);
    }

    /** The image a board is shown with: its cover, else its first pin's thumbnail, else null. */
    public String displayImageUrl() {
        return coverImageUrl != null ? coverImageUrl : pinThumbnailUrls.isEmpty() ? null : pinThumbnailUrls.get(0);
    }

    /** A board with just the fields needed to show and address it. */
    public static Board of(String id, String name, BoardPrivacy privacy) {
        return new Board(id, name, null, privacy, null, null, null, null, null, null, null, List.of(), false);
    }
}
