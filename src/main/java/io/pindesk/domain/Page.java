package io.pindesk.domain;

import java.util.List;

/**
 * One page of a bookmark-paged list. {@code bookmark} is null on the last page. A page may be empty and
 * still carry a bookmark: the list is only over when the bookmark is.
 */
public record Page<T>(List<T> items, String bookmark) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
        bookmark = bookmark == null || bookmark.isEmpty() ? null : bookmark;
    }

    public boolean hasMore() {
        return bookmark != null;
    }
}
