package io.pindesk.service;

import io.pindesk.api.Listing;
import io.pindesk.api.PinterestClient;
import io.pindesk.domain.Board;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Section;
import io.pindesk.store.LibraryCache;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run: the board list, then — in parallel, bounded, under the client's shared pacer — the sections and
 * every pin page of each board whose {@code board_pins_modified_at} changed. A board's pins are handed over (to
 * be saved) only once all its pages arrived, so a run cut short by faults or a cancel leaves complete,
 * duplicate-free lists and the next run fetches what is missing. Saving is the service's: see {@link LibraryWrites}.
 */
final class LibrarySync {

    private static final Logger LOG = LoggerFactory.getLogger(LibrarySync.class);

    /** What the run produced, for the service to adopt. */
    record Outcome(List<Board> boards, Map<String, List<Section>> sections, Map<String, LibraryCache.PinsDoc> pins,
            SyncResult result) {}

    /** The previously cached state a run compares against. */
    interface Previous {
        List<Section> sections(String boardId);

        /** The cached pins of a board, or null when none were cached. */
        LibraryCache.PinsDoc pins(String boardId);
    }

    private final PinterestClient client;
    private final int parallelism;
    private final CancelSignal cancel;
    private final Consumer<SyncProgress> progress;
    private final Consumer<List<LibraryCache.PinsDoc>> toSave;
    private final AtomicLong items = new AtomicLong();
    private final AtomicInteger boardsDone = new AtomicInteger();
    private volatile int boardsTotal;
    private volatile int boardsSkipped;

    /** {@code toSave} receives, once, the pins of every board this run fetched completely (also when cut short). */
    LibrarySync(PinterestClient client, int parallelism, CancelSignal cancel, Consumer<SyncProgress> progress,
            Consumer<List<LibraryCache.PinsDoc>> toSave) {
        this.client = client;
        this.parallelism = parallelism;
        this.cancel = cancel;
        this.progress = progress;
        this.toSave = toSave;
    }

    Outcome run(Previous previous) {
        long start = System.nanoTime();
        List<Board> boards = fetchBoards();
        boardsTotal = boards.size();
        List<Board> changed = new ArrayList<>();
        Map<String, List<Section>> sections = new ConcurrentHashMap<>();
        Map<String, LibraryCache.PinsDoc> pins = new ConcurrentHashMap<>();
        for (Board b : boards) {
            LibraryCache.PinsDoc cached = previous.pins(b.id());
            if (unchanged(b, cached)) {
                sections.put(b.id(), previous.sections(b.id()));
                pins.put(b.id(), cached);
                boardsSkipped++;
                boardsDone.incrementAndGet();
            } else {
                changed.add(b);
            }
        }
        report();
        List<LibraryCache.PinsDoc> fetched = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, String> failed = fetchChanged(changed, previous, sections, pins, fetched);
        Map<String, List<Section>> orderedSections = new LinkedHashMap<>();
        int sectionCount = 0;
        int pinCount = 0;
        for (Board b : boards) {
            List<Section> s = sections.getOrDefault(b.id(), List.of());
            orderedSections.put(b.id(), s);
            sectionCount += s.size();
            LibraryCache.PinsDoc doc = pins.get(b.id());
            pinCount += doc == null ? 0 : doc.pins().size();
        }
        SyncResult result = new SyncResult(boards.size(), sectionCount, pinCount, changed.size() - failed.size(),
                boardsSkipped, items.get(), Duration.ofNanos(System.nanoTime() - start), failed);
        return new Outcome(boards, orderedSections, pins, result);
    }

    private List<Board> fetchBoards() {
        List<Board> boards = new ArrayList<>();
        Listing<Board> listing = client.boards();
        String bookmark = null;
        do {
            Page<Board> page = listing.page(bookmark, cancel.api());
            boards.addAll(page.items());
            items.addAndGet(page.items().size());
            bookmark = page.bookmark();
            report();
        } while (bookmark != null);
        return boards;
    }

    private static boolean unchanged(Board board, LibraryCache.PinsDoc cached) {
        return cached != null && board.pinsModifiedAt() != null
                && Objects.equals(board.pinsModifiedAt(), cached.pinsModifiedAt());
    }

    private Map<String, String> fetchChanged(List<Board> changed, Previous previous,
            Map<String, List<Section>> sections, Map<String, LibraryCache.PinsDoc> pins,
            List<LibraryCache.PinsDoc> fetched) {
        Map<String, String> failed = new ConcurrentHashMap<>();
        if (changed.isEmpty()) {
            return failed;
        }
        // Every board's pin chain and section list is its own job: the sync is a latency-bound fan-out, and the
        // client's read pacer (not this pool) decides how many requests are in flight.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, 2 * changed.size()),
                daemon("library-sync-"));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            // Pin pages of a board must follow one another (bookmarks), so those longer chains are queued first
            // and the one-request section lists fill the gaps behind them (longest job first).
            for (Board board : changed) {
                jobs.add(pool.submit(() -> {
                    LibraryCache.PinsDoc doc = guarded(board, failed, () -> fetchPins(board), null);
                    if (doc != null) {
                        pins.put(board.id(), doc);
                        fetched.add(doc);
                    } else {
                        LibraryCache.PinsDoc kept = previous.pins(board.id()); // a saved copy read from disk
                        if (kept != null) {
                            pins.put(board.id(), kept);
                        }
                    }
                    boardsDone.incrementAndGet();
                    report();
                }));
            }
            for (Board board : changed) {
                jobs.add(pool.submit(() -> sections.put(board.id(), guarded(board, failed,
                        () -> fetchSections(board), previous.sections(board.id())))));
            }
            for (Future<?> job : jobs) {
                await(job);
            }
        } finally {
            pool.shutdownNow();
            // Also when cut short: the boards that did complete are kept, and the next run skips them.
            synchronized (fetched) {
                toSave.accept(List.copyOf(fetched));
            }
        }
        if (cancel.isCancelled()) {
            throw new LibraryException(LibraryException.Kind.CANCELLED, "Sync cancelled; the library shows what "
                    + "was complete.");
        }
        return failed;
    }

    /** Runs one board's fetch; a failure is recorded for that board and its previous copy kept. */
    private <T> T guarded(Board board, Map<String, String> failed, java.util.function.Supplier<T> fetch, T fallback) {
        try {
            return fetch.get();
        } catch (RuntimeException e) {
            LibraryException mapped = LibraryErrors.map(e);
            if (mapped.kind() != LibraryException.Kind.CANCELLED) {
                LOG.info("Board {} not synced: {}", board.id(), mapped.getMessage());
                failed.put(board.id(), mapped.getMessage());
            }
            return fallback;
        }
    }

    private List<Section> fetchSections(Board board) {
        List<Section> out = new ArrayList<>();
        Listing<Section> listing = client.sections(board.id());
        String bookmark = null;
        do {
            Page<Section> page = listing.page(bookmark, cancel.api());
            out.addAll(page.items());
            items.addAndGet(page.items().size());
            bookmark = page.bookmark();
        } while (bookmark != null);
        report();
        return out;
    }

    private LibraryCache.PinsDoc fetchPins(Board board) {
        List<Pin> out = new ArrayList<>();
        Listing<Pin> listing = client.boardPins(board.id());
        // Sized for the board up front: growing it five times for a 500-pin board showed in the sync's profile.
        int expected = board.pinCount() == null ? 256 : Math.min(board.pinCount(), 100_000);
        java.util.Set<String> seen = new java.util.HashSet<>(expected * 4 / 3 + 1);
        String bookmark = null;
        do {
            Page<Pin> page = listing.page(bookmark, cancel.api());
            for (Pin p : page.items()) {
                // A pin added while paging can shift a page boundary; never keep the same pin twice.
                if (seen.add(p.id())) {
                    out.add(p);
                }
            }
            items.addAndGet(page.items().size());
            bookmark = page.bookmark();
            report();
        } while (bookmark != null);
        return new LibraryCache.PinsDoc(board.id(), board.pinsModifiedAt(), out);
    }

    private void report() {
        progress.accept(new SyncProgress(boardsTotal, boardsDone.get(), boardsSkipped, items.get()));
    }

    private static void await(Future<?> job) {
        try {
            job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException(LibraryException.Kind.CANCELLED, "Sync interrupted.", e);
        } catch (ExecutionException e) {
            throw LibraryErrors.map(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e));
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
