package io.pindesk.api;

import io.pindesk.domain.Page;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Walks a bookmark-paged list to its end. An empty page that still has a bookmark is not the end (Pinterest does
 * send those); a server that repeats a bookmark or sends page after empty page is stopped with an error instead
 * of looping forever. Checks the {@link Cancellation} before each request.
 */
public final class PageIterator<T> implements Iterator<T> {

    /** Empty pages in a row (each with a new bookmark) after which the server is assumed to be broken. */
    static final int MAX_EMPTY_PAGES_IN_A_ROW = 50;

    private final Listing.Fetcher<T> fetcher;
    private final int pageSize;
    private final Cancellation cancellation;
    private final Set<String> seenBookmarks = new HashSet<>();
    private Iterator<T> current = java.util.Collections.emptyIterator();
    private String bookmark;
    private boolean started;
    private int pagesFetched;
    private int emptyInARow;

    PageIterator(Listing.Fetcher<T> fetcher, int pageSize, Cancellation cancellation) {
        this.fetcher = fetcher;
        this.pageSize = pageSize;
        this.cancellation = cancellation;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (started && bookmark == null) {
                return false;
            }
            fetchNext();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Requests made so far: progress for long walks. */
    public int pagesFetched() {
        return pagesFetched;
    }

    private void fetchNext() {
        cancellation.check();
        Page<T> page = fetcher.fetch(bookmark, pageSize, cancellation);
        started = true;
        pagesFetched++;
        String next = page.bookmark();
        if (next != null && !seenBookmarks.add(next)) {
            throw new MalformedResponseException("The server sent the same page bookmark twice; stopped paging "
                    + "to avoid an endless loop", 200, null, null);
        }
        emptyInARow = page.items().isEmpty() ? emptyInARow + 1 : 0;
        if (emptyInARow > MAX_EMPTY_PAGES_IN_A_ROW && next != null) {
            throw new MalformedResponseException("The server sent " + emptyInARow + " empty pages in a row; "
                    + "stopped paging", 200, null, null);
        }
        bookmark = next;
        current = page.items().iterator();
    }
}
