package io.pindesk.api;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes Pinterest sends, as plain records read by Gson with snake_case naming. Unknown members are
 * ignored and missing ones stay null (Gson's defaults, chosen deliberately: Pinterest omits optional fields and
 * adds new ones between spec versions). Every field is a reference type so "missing" is visible as null.
 */
final class Wire {

    private Wire() {}

    static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .setStrictness(Strictness.LEGACY_STRICT)
            .disableHtmlEscaping()
            .registerTypeAdapter(PinJson.class, new WirePinAdapter()) // the hot one: every pin of a sync
            .create();

    record OwnerJson(String username) {}

    record BoardMediaJson(String imageCoverUrl, List<String> pinThumbnailUrls) {}

    record BoardJson(String id, String name, String description, String privacy, OwnerJson owner, Integer pinCount,
            Integer followerCount, Integer collaboratorCount, String createdAt, String boardPinsModifiedAt,
            BoardMediaJson media, Boolean isAdsOnly) {}

    record SectionJson(String id, String name) {}

    record ImageJson(String url, Integer width, Integer height) {}

    record ImageMetadataJson(Map<String, ImageJson> images) {}

    /** Pin {@code media}: {@code images} for image pins, {@code items} for multi-image pins, video fields ignored. */
    record PinMediaJson(String mediaType, Map<String, ImageJson> images, List<ImageMetadataJson> items,
            String coverImageUrl) {}

    record PinJson(String id, String title, String description, String link, String altText, String dominantColor,
            String boardId, String boardSectionId, String parentPinId, OwnerJson boardOwner, String createdAt,
            String creativeType, PinMediaJson media) {}

    record AccountJson(String id, String username, String accountType, String profileImage, String websiteUrl,
            String about, String businessName, Integer boardCount, Integer pinCount, Integer followerCount,
            Integer followingCount, Integer monthlyViews) {}

    record TokenJson(String accessToken, String refreshToken, String tokenType, Long expiresIn,
            Long refreshTokenExpiresIn, Long refreshTokenExpiresAt, String scope, String responseType) {}
}
