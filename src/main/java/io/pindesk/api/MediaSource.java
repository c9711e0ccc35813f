package io.pindesk.api;

import java.util.List;

/**
 * Where a new pin's media comes from ({@code media_source}). Images go inline; video will be a {@code video_id}
 * variant fed by a {@code /media} upload (a separate, later client: see {@link MediaUploads}).
 */
public sealed interface MediaSource permits MediaSource.ImageUrl, MediaSource.ImageBase64,
        MediaSource.MultipleImageUrls, MediaSource.MultipleImageBase64, MediaSource.VideoId {

    /** The spec's {@code source_type}. */
    String sourceType();

    /** An image Pinterest downloads itself: it must be publicly reachable without auth or expiry. */
    record ImageUrl(String url) implements MediaSource {
        public ImageUrl {
            Checks.nonBlank("image URL", url);
        }

        @Override
        public String sourceType() {
            return "image_url";
        }
    }

    /** Image bytes sent inline: JPEG or PNG only, as plain standard Base64. */
    record ImageBase64(String contentType, String data) implements MediaSource {
        public ImageBase64 {
            Checks.imageContentType(contentType);
            Checks.base64("image data", data);
        }

        public static ImageBase64 of(String contentType, byte[] bytes) {
            return new ImageBase64(contentType, java.util.Base64.getEncoder().encodeToString(bytes));
        }

        @Override
        public String sourceType() {
            return "image_base64";
        }

        @Override
        public String toString() {
            return "ImageBase64[" + contentType + ", " + data.length() + " Base64 characters]";
        }
    }

    /** One image of a carousel given by URL. */
    record UrlItem(String url, String title, String description, String link) {
        public UrlItem {
            Checks.nonBlank("image URL", url);
        }
    }

    /** One image of a carousel given inline. */
    record Base64Item(String contentType, String data, String title, String description, String link) {
        public Base64Item {
            Checks.imageContentType(contentType);
            Checks.base64("image data", data);
        }

        @Override
        public String toString() {
            return "Base64Item[" + contentType + ", " + data.length() + " Base64 characters]";
        }
    }

    /** A carousel of 2–5 images by URL; {@code index} (≥ 0) is the cover, or null. */
    record MultipleImageUrls(List<UrlItem> items, Integer index) implements MediaSource {
        public MultipleImageUrls {
            items = List.copyOf(items);
            checkCarousel(items.size(), index);
        }

        @Override
        public String sourceType() {
            return "multiple_image_urls";
        }
    }

    /** A carousel of 2–5 inline images; {@code index} (≥ 0) is the cover, or null. */
    record MultipleImageBase64(List<Base64Item> items, Integer index) implements MediaSource {
        public MultipleImageBase64 {
            items = List.copyOf(items);
            checkCarousel(items.size(), index);
        }

        @Override
        public String sourceType() {
            return "multiple_image_base64";
        }
    }

    /**
     * A video uploaded through {@code POST /media} beforehand. Reserved for the video work: the upload itself is
     * not implemented yet, but a pin can already be created from a finished media id.
     */
    record VideoId(String mediaId, String coverImageUrl) implements MediaSource {
        public VideoId {
            Checks.id("media id", mediaId);
        }

        @Override
        public String sourceType() {
            return "video_id";
        }
    }

    private static void checkCarousel(int size, Integer index) {
        if (size < 2 || size > 5) {
            throw new IllegalArgumentException("a multi-image pin needs 2 to 5 images, not " + size);
        }
        if (index != null && (index < 0 || index >= size)) {
            throw new IllegalArgumentException("cover index " + index + " is outside 0.." + (size - 1));
        }
    }
}
