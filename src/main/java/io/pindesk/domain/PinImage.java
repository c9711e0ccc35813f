package io.pindesk.domain;

import java.util.Objects;

/** One rendition of a pin's image. Width and height are null when Pinterest does not know them. */
public record PinImage(String url, Integer width, Integer height) {
    public PinImage {
        Objects.requireNonNull(url, "url");
    }
}
