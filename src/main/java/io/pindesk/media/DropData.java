package io.pindesk.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a drop or paste offered, in plain Java: the view copies a JavaFX Dragboard or
 * Clipboard into this (no JavaFX here, so the parser is testable without a toolkit).
 *
 * @param byMimeType every content type the platform listed, mapped to what {@code getContent} returned:
 *                   a String, byte[], ByteBuffer or a List of File/Path (for {@code application/x-java-file-list})
 * @param files      {@code getFiles()}
 * @param url        {@code getUrl()} (JavaFX reads it from text/uri-list)
 * @param html       {@code getHtml()}
 * @param plainText  {@code getString()}
 * @param rawImage   {@code getImage()} already encoded to PNG by the view, or null
 * @param baseUrl    the page address relative image addresses resolve against, when the caller knows it
 */
public record DropData(Map<String, Object> byMimeType, List<Path> files, String url, String html, String plainText,
                       byte[] rawImage, String baseUrl) {

    public DropData {
        byMimeType = byMimeType == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byMimeType));
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a DropData field by field; unset fields are empty. */
    public static final class Builder {
        private final Map<String, Object> byMimeType = new LinkedHashMap<>();
        private final List<Path> files = new ArrayList<>();
        private String url;
        private String html;
        private String plainText;
        private byte[] rawImage;
        private String baseUrl;

        public Builder content(String mimeType, Object value) {
            if (mimeType != null && value != null) {
                byMimeType.put(mimeType, value);
            }
            return this;
        }

        public Builder files(List<Path> paths) {
            if (paths != null) {
                paths.stream().filter(java.util.Objects::nonNull).forEach(files::add);
            }
            return this;
        }

        public Builder url(String value) {
            url = value;
            return this;
        }

        public Builder html(String value) {
            html = value;
            return this;
        }

        public Builder plainText(String value) {
            plainText = value;
            return this;
        }

        public Builder rawImage(byte[] value) {
            rawImage = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public DropData build() {
            return new DropData(byMimeType, files, url, html, plainText, rawImage, baseUrl);
        }
    }
}
