package io.pindesk.api;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.IsoInstant;
import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import io.pindesk.domain.PinImages;
import io.pindesk.domain.Section;
import io.pindesk.domain.UserAccount;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON records to domain records. Missing required fields ({@code id}, {@code name}) make the reply malformed;
 * anything optional that is missing or unparsable (a date in an odd format, an unknown privacy) becomes null or
 * a default rather than failing a whole list.
 */
final class WireMapper {

    private WireMapper() {}

    static Board board(Wire.BoardJson j) {
        if (j == null || blank(j.id()) || j.name() == null) {
            throw new IllegalStateException("a board without id or name");
        }
        Wire.BoardMediaJson media = j.media();
        return new Board(j.id(), j.name(), j.description(), privacy(j.privacy()),
                j.owner() == null ? null : j.owner().username(), j.pinCount(), j.followerCount(),
                j.collaboratorCount(), instant(j.createdAt()), instant(j.boardPinsModifiedAt()),
                media == null ? null : media.imageCoverUrl(),
                media == null || media.pinThumbnailUrls() == null ? List.of() : nonNull(media.pinThumbnailUrls()),
                Boolean.TRUE.equals(j.isAdsOnly()));
    }

    static Section section(Wire.SectionJson j, String boardId) {
        if (j == null || blank(j.id()) || j.name() == null) {
            throw new IllegalStateException("a section without id or name");
        }
        return new Section(j.id(), boardId, j.name());
    }

    static Pin pin(Wire.PinJson j) {
        if (j == null || blank(j.id())) {
            throw new IllegalStateException("a pin without id");
        }
        Wire.PinMediaJson media = j.media();
        return new Pin(j.id(), j.title(), j.description(), j.link(), j.altText(), j.dominantColor(), j.boardId(),
                j.boardSectionId(), j.parentPinId(), j.boardOwner() == null ? null : j.boardOwner().username(),
                instant(j.createdAt()), j.creativeType(), media == null ? null : media.mediaType(), images(media));
    }

    static UserAccount account(Wire.AccountJson j) {
        if (j == null || j.username() == null) {
            throw new IllegalStateException("a user account without username");
        }
        return new UserAccount(j.id(), j.username(), j.accountType(), j.profileImage(), j.websiteUrl(), j.about(),
                j.businessName(), j.boardCount(), j.pinCount(), j.followerCount(), j.followingCount(),
                j.monthlyViews());
    }

    /** Image pins carry {@code images}; carousels carry them per item, of which the first is the cover. */
    private static PinImages images(Wire.PinMediaJson media) {
        if (media == null) {
            return PinImages.NONE;
        }
        Map<String, Wire.ImageJson> source = media.images();
        if ((source == null || source.isEmpty()) && media.items() != null && !media.items().isEmpty()
                && media.items().get(0) != null) {
            source = media.items().get(0).images();
        }
        if (source == null) {
            return PinImages.NONE;
        }
        Map<String, PinImage> out = new LinkedHashMap<>();
        source.forEach((key, image) -> {
            if (key != null && image != null && !blank(image.url())) {
                out.put(key, new PinImage(image.url(), image.width(), image.height()));
            }
        });
        return new PinImages(out);
    }

    static BoardPrivacy privacy(String wire) {
        if (wire == null) {
            return BoardPrivacy.PUBLIC;
        }
        try {
            return BoardPrivacy.valueOf(wire.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            // A privacy value newer than this client: showing it as secret is the safe assumption.
            return BoardPrivacy.SECRET;
        }
    }

    static Instant instant(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return IsoInstant.parse(text); // one per pin: the hand-read common shape first
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static List<String> nonNull(List<String> values) {
        return values.stream().filter(v -> v != null).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
