package io.pindesk.media;

import java.util.List;

/**
 * What {@link DropPayload#parse} found: images in drop order without duplicates, and one
 * human-readable line per thing that was offered but can't be used.
 */
public record DropResult(List<DropItem> items, List<String> rejections) {

    public DropResult {
        items = List.copyOf(items);
        rejections = List.copyOf(rejections);
    }

    public boolean hasImages() {
        return !items.isEmpty();
    }
}
