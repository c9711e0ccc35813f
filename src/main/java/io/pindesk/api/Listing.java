package io.pindesk.api;

import io.pindesk.domain.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A bookmark-paged Pinterest list (boards, sections, pins). Fetch one {@link #page} at a time, or walk all of
 * it with {@link #iterator}/{@link #stream}, which fetch the next page only when the previous one is used up.
 * Blocking: use from I/O threads.
 */
public final class Listing<T> {

    /** Default page size: Pinterest's maximum, so a full walk needs as few requests as possible. */
    public static final int DEFAULT_PAGE_SIZE = 250;

    /** Fetches one page. */
    @FunctionalInterface
    interface Fetcher<T> {
        Page<T> fetch(String bookmark, int pageSize, Cancellation cancellation);
    }

    private final Fetcher<T> fetcher;
    private final int pageSize;

    Listing(Fetcher<T> fetcher, int pageSize) {
        this.fetcher = fetcher;
        this.pageSize = Checks.pageSize(pageSize);
    }

    /** The same list fetched {@code size} (1–250) items per request. */
    public Listing<T> withPageSize(int size) {
        return new Listing<>(fetcher, size);
    }

    public int pageSize() {
        return pageSize;
    }

    /** One page; {@code bookmark} null for the first. */
    public Page<T> page(String bookmark) {
        return page(bookmark, Cancellation.none());
    }

    public Page<T> page(String bookmark, Cancellation cancellation) {
        return fetcher.fetch(bookmark, pageSize, cancellation);
    }

    /** Every item, page after page, until Pinterest returns no bookmark. */
    public PageIterator<T> iterator(Cancellation cancellation) {
        return new PageIterator<>(fetcher, pageSize, cancellation);
    }

    public Stream<T> stream(Cancellation cancellation) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(cancellation),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public Stream<T> stream() {
        return stream(Cancellation.none());
    }

    /** Collects the whole list. Fine for boards and sections; prefer {@link #stream} for pins. */
    public List<T> all(Cancellation cancellation) {
        List<T> out = new ArrayList<>();
        iterator(cancellation).forEachRemaining(out::add);
        return out;
    }
}
