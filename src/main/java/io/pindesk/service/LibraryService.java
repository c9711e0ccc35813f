package io.pindesk.service;

import io.pindesk.api.BoardChanges;
import io.pindesk.api.NewBoard;
import io.pindesk.api.PinChanges;
import io.pindesk.api.PinterestClient;
import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Section;
import io.pindesk.store.LibraryCache;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's boards, sections and pins: the saved library at once, a background {@link #sync}, and every
 * change (boards, sections, pins, bulk moves and deletes) with scope checks before any request and failures
 * turned into {@link LibraryException}s with messages for the user.
 *
 * <p><b>Threading:</b> every method that is not a plain getter blocks on disk or network; call them off the FX
 * thread. The service is thread-safe; listeners are told about changes on the thread that made them.
 */
public final class LibraryService implements Library {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryService.class);

    /** Fetch jobs run at once; the client's shared read pacer is what bounds the requests in flight. */
    public static final int DEFAULT_PARALLELISM = io.pindesk.api.Pacers.READS_IN_FLIGHT;
    /** Pins per page when a board is browsed live (not yet synced). */
    static final int BROWSE_PAGE_SIZE = 100;

    private final AccountSession session;
    private final LibraryCache cache;
    private final int parallelism;
    private final Object lock = new Object();
    private final Map<String, LibraryCache.PinsDoc> pins = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final LibraryWrites writes;
    private List<Board> boards = List.of();
    private Map<String, List<Section>> sections = Map.of();
    private Instant syncedAt;
    private volatile boolean offline;
    /** What loadCache() returned, once it ran. */
    private volatile Boolean cacheLoaded;

    public LibraryService(AccountSession session, LibraryCache cache) {
        this(session, cache, DEFAULT_PARALLELISM);
    }

    public LibraryService(AccountSession session, LibraryCache cache, int parallelism) {
        this(session, cache, parallelism, new LibraryWrites());
    }

    /** With the writes' queue given (tests hold it up to see what runs behind a sync). */
    LibraryService(AccountSession session, LibraryCache cache, int parallelism, LibraryWrites writes) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.session = session;
        this.cache = cache;
        this.parallelism = parallelism;
        this.writes = writes;
    }

    public AccountSession session() {
        return session;
    }

    /** Called after every change to the library (sync, edit), on the thread that made it. Returns a remover. */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** Reads the saved library; true when there was one. A damaged file is set aside and reads as empty. */
    public boolean loadCache() {
        boolean had;
        try {
            Optional<LibraryCache.BoardsDoc> doc = cache.readBoards();
            doc.ifPresent(d -> {
                synchronized (lock) {
                    boards = d.boards();
                    sections = d.sections();
                    syncedAt = d.syncedAt();
                }
            });
            had = doc.isPresent();
        } catch (IOException e) {
            LOG.warn("Could not read the saved library: {}", e.toString());
            had = false;
        }
        cacheLoaded = had;
        return had;
    }

    @Override
    public Optional<Boolean> cacheLoaded() {
        return Optional.ofNullable(cacheLoaded);
    }

    public List<Board> boards() {
        synchronized (lock) {
            return boards;
        }
    }

    public Optional<Board> board(String boardId) {
        return boards().stream().filter(b -> b.id().equals(boardId)).findFirst();
    }

    public List<Section> sections(String boardId) {
        synchronized (lock) {
            return sections.getOrDefault(boardId, List.of());
        }
    }

    public Optional<Instant> lastSynced() {
        synchronized (lock) {
            return Optional.ofNullable(syncedAt);
        }
    }

    /** True after a sync or change found Pinterest unreachable; browsing continues from the cache, read-only. */
    public boolean isOffline() {
        return offline;
    }

    /**
     * Pins of a board (or of one of its sections when {@code sectionId} is given). From the saved library when the
     * board was synced (all in one page, no request); otherwise one page from Pinterest, {@code bookmark} null
     * for the first. Offline without a saved copy: {@link LibraryException.Kind#OFFLINE}.
     */
    public Page<Pin> pins(String boardId, String sectionId, String bookmark) {
        if (bookmark == null) {
            Optional<LibraryCache.PinsDoc> saved = savedPins(boardId);
            if (saved.isPresent()) {
                List<Pin> all = saved.get().pins();
                return new Page<>(sectionId == null ? all
                        : all.stream().filter(p -> sectionId.equals(p.sectionId())).toList(), null);
            }
        }
        if (offline) {
            throw new LibraryException(LibraryException.Kind.OFFLINE,
                    "This board has not been saved for offline use yet. Reconnect and sync.");
        }
        return call(() -> {
            PinterestClient c = session.client();
            return (sectionId == null ? c.boardPins(boardId) : c.sectionPins(boardId, sectionId))
                    .withPageSize(BROWSE_PAGE_SIZE).page(bookmark);
        });
    }

    private Optional<LibraryCache.PinsDoc> savedPins(String boardId) {
        LibraryCache.PinsDoc doc = pins.get(boardId);
        if (doc != null) {
            return Optional.of(doc);
        }
        try {
            Optional<LibraryCache.PinsDoc> read = cache.readPins(boardId);
            read.ifPresent(d -> pins.put(boardId, d));
            return read;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read saved pins of board {}: {}", boardId, e.toString());
            return Optional.empty();
        }
    }

    // ---- sync -------------------------------------------------------------------------------------------------

    /**
     * Brings the saved library up to date. Blocking; cancellable through {@code cancel}; progress counts items
     * loaded. Unreachable Pinterest: the service turns offline and this throws {@code OFFLINE}.
     */
    public SyncResult sync(Consumer<SyncProgress> progress, CancelSignal cancel) {
        LibrarySync run = new LibrarySync(session.client(), parallelism, cancel, progress,
                fetched -> writes.later("the pins of " + fetched.size() + " boards", () -> savePins(fetched)));
        LibrarySync.Outcome outcome;
        try {
            outcome = run.run(new LibrarySync.Previous() {
                @Override
                public List<Section> sections(String boardId) {
                    return LibraryService.this.sections(boardId);
                }

                @Override
                public LibraryCache.PinsDoc pins(String boardId) {
                    return savedPins(boardId).orElse(null);
                }
            });
        } catch (RuntimeException e) {
            throw noteOffline(LibraryErrors.map(e));
        }
        offline = false;
        Instant now = Instant.now();
        synchronized (lock) {
            boards = outcome.boards();
            sections = outcome.sections();
            syncedAt = now;
        }
        pins.keySet().retainAll(outcome.pins().keySet());
        pins.putAll(outcome.pins());
        LibraryCache.BoardsDoc doc = new LibraryCache.BoardsDoc(outcome.boards(), outcome.sections(), now);
        Set<String> keep = new HashSet<>();
        outcome.boards().forEach(b -> keep.add(b.id()));
        // Behind the pins (the board list on disk never names pins that are not saved yet); see LibraryWrites.
        writes.later("the library", () -> {
            cache.writeBoards(doc);
            cache.retainPins(keep);
        });
        changed();
        return outcome.result();
    }

    /** Saves each board's pins; one failure does not stop the others. Runs on the writes' thread. */
    private void savePins(List<LibraryCache.PinsDoc> docs) {
        for (LibraryCache.PinsDoc doc : docs) {
            try (io.pindesk.api.BackgroundCpu.Permit cpu = io.pindesk.api.BackgroundCpu.acquire()) {
                cache.writePins(doc);
            } catch (IOException e) {
                LOG.warn("Could not save the pins of board {}: {}", doc.boardId(), e.toString());
            }
        }
    }

    /**
     * Waits until the saved library has caught up with every sync and edit so far (they return before their
     * copy is on disk); false when that takes longer than {@code timeout}. For a process about to end.
     */
    public boolean awaitSaved(java.time.Duration timeout) throws InterruptedException {
        return writes.await(timeout);
    }

    // ---- permissions ------------------------------------------------------------------------------------------

    /** Why {@code action} on a board of {@code privacy} is not possible (missing scope, offline), or empty. */
    public Optional<String> deniedReason(LibraryAction action, BoardPrivacy privacy) {
        Optional<String> scope = action.deniedReason(session.grantedScopes(), privacy);
        if (scope.isPresent()) {
            return scope;
        }
        if (offline) {
            return Optional.of("PinDesk is offline: the library is read-only until Pinterest can be reached again.");
        }
        return Optional.empty();
    }

    private void require(LibraryAction action, BoardPrivacy privacy) {
        action.deniedReason(session.grantedScopes(), privacy).ifPresent(reason -> {
            throw new LibraryException(LibraryException.Kind.MISSING_SCOPE, reason);
        });
    }

    private BoardPrivacy privacyOf(String boardId) {
        return board(boardId).map(Board::privacy).orElse(BoardPrivacy.PUBLIC);
    }

    private static BoardPrivacy stricter(BoardPrivacy a, BoardPrivacy b) {
        return a.needsSecretScopes() ? a : b;
    }

    // ---- boards -----------------------------------------------------------------------------------------------

    public Board createBoard(String name, String description, BoardPrivacy privacy) {
        BoardPrivacy p = privacy == null ? BoardPrivacy.PUBLIC : privacy;
        require(LibraryAction.CREATE_BOARD, p);
        String n = requireName(name, "board");
        Board made = call(() -> session.client().createBoard(new NewBoard(n, blankToNull(description), p)));
        synchronized (lock) {
            List<Board> copy = new ArrayList<>(boards);
            copy.add(0, made);
            boards = List.copyOf(copy);
            Map<String, List<Section>> s = new LinkedHashMap<>(sections);
            s.put(made.id(), List.of());
            sections = Map.copyOf(s);
        }
        persistBoards();
        changed();
        return made;
    }

    /** Changes name, description and privacy; a board can only be made PUBLIC or SECRET (spec). */
    public Board updateBoard(Board board, String name, String description, BoardPrivacy privacy) {
        require(LibraryAction.EDIT_BOARD, privacy == null ? board.privacy() : stricter(board.privacy(), privacy));
        if (privacy != null && privacy != board.privacy() && !privacy.settableOnUpdate()) {
            throw new LibraryException(LibraryException.Kind.INVALID,
                    "A board can only be made public or secret; protected boards are made by Pinterest.");
        }
        String n = requireName(name, "board");
        BoardPrivacy newPrivacy = privacy == board.privacy() ? null : privacy;
        String d = description == null ? "" : description.strip();
        Board updated = call(() -> session.client().updateBoard(board.id(), new BoardChanges(n, d, newPrivacy)));
        replaceBoard(board.id(), updated);
        persistBoards();
        changed();
        return updated;
    }

    public void deleteBoard(Board board) {
        require(LibraryAction.DELETE_BOARD, board.privacy());
        run(() -> session.client().deleteBoard(board.id()));
        synchronized (lock) {
            boards = boards.stream().filter(b -> !b.id().equals(board.id())).toList();
            Map<String, List<Section>> s = new LinkedHashMap<>(sections);
            s.remove(board.id());
            sections = Map.copyOf(s);
        }
        pins.remove(board.id());
        writes.now("the removal of a deleted board's pins", () -> cache.deletePins(board.id()));
        persistBoards();
        changed();
    }

    // ---- sections ---------------------------------------------------------------------------------------------

    public Section createSection(String boardId, String name) {
        require(LibraryAction.EDIT_SECTIONS, privacyOf(boardId));
        String n = requireName(name, "section");
        Section made = call(() -> session.client().createSection(boardId, n));
        updateSections(boardId, list -> list.add(made));
        return made;
    }

    public Section renameSection(Section section, String name) {
        require(LibraryAction.EDIT_SECTIONS, privacyOf(section.boardId()));
        String n = requireName(name, "section");
        Section renamed = call(() -> session.client().updateSection(section.boardId(), section.id(), n));
        updateSections(section.boardId(), list -> list.replaceAll(s -> s.id().equals(section.id()) ? renamed : s));
        return renamed;
    }

    public void deleteSection(Section section) {
        require(LibraryAction.EDIT_SECTIONS, privacyOf(section.boardId()));
        run(() -> session.client().deleteSection(section.boardId(), section.id()));
        updateSections(section.boardId(), list -> list.removeIf(s -> s.id().equals(section.id())));
    }

    private void updateSections(String boardId, Consumer<List<Section>> change) {
        synchronized (lock) {
            Map<String, List<Section>> s = new LinkedHashMap<>(sections);
            List<Section> list = new ArrayList<>(s.getOrDefault(boardId, List.of()));
            change.accept(list);
            s.put(boardId, List.copyOf(list));
            sections = Map.copyOf(s);
        }
        persistBoards();
        changed();
    }

    // ---- pins -------------------------------------------------------------------------------------------------

    /** Edits the pin's text with the composer's limits; problems are reported before anything is sent. */
    public Pin editPin(Pin pin, PinEdit edit) {
        require(LibraryAction.EDIT_PIN, privacyOf(pin.boardId()));
        List<String> problems = edit.problems();
        if (!problems.isEmpty()) {
            throw new LibraryException(LibraryException.Kind.INVALID, String.join(" ", problems));
        }
        Pin updated = call(() -> session.client().updatePin(pin.id(), new PinChanges(edit.title(),
                edit.description(), edit.link(), edit.altText(), null, null)));
        replacePins(Map.of(pin.id(), merge(pin, updated)), Set.of());
        return updated;
    }

    public void deletePin(Pin pin) {
        require(LibraryAction.DELETE_PIN, privacyOf(pin.boardId()));
        deleteOne(pin);
        replacePins(Map.of(), Set.of(pin.id()));
    }

    /** Moves a pin to another board and/or section ({@code PATCH /pins/{id}}); {@code sectionId} may be null. */
    public Pin movePin(Pin pin, String boardId, String sectionId) {
        require(LibraryAction.MOVE_PIN, stricter(privacyOf(pin.boardId()), privacyOf(boardId)));
        Pin moved = moveOne(pin, boardId, sectionId);
        replacePins(Map.of(pin.id(), moved), Set.of());
        return moved;
    }

    /** Saves a copy of the pin to a board (optionally a section); returns the new pin. */
    public Pin savePin(Pin pin, String boardId, String sectionId) {
        require(LibraryAction.SAVE_PIN, privacyOf(boardId));
        Pin saved = call(() -> session.client().savePin(pin.id(), boardId, sectionId));
        Pin placed = saved.boardId() == null ? withPlace(saved, boardId, sectionId) : saved;
        replacePins(Map.of(placed.id(), placed), Set.of());
        return placed;
    }

    /** Moves each pin in turn, under the write pacer, reporting after each; failures do not stop the rest. */
    public BulkReport bulkMove(List<Pin> selection, String boardId, String sectionId,
            Consumer<BulkProgress> progress, CancelSignal cancel) {
        BoardPrivacy target = privacyOf(boardId);
        for (Pin p : selection) {
            require(LibraryAction.MOVE_PIN, stricter(privacyOf(p.boardId()), target));
        }
        return bulk(selection, progress, cancel, pin -> {
            Pin moved = moveOne(pin, boardId, sectionId);
            return () -> replacePins(Map.of(pin.id(), moved), Set.of());
        });
    }

    public BulkReport bulkDelete(List<Pin> selection, Consumer<BulkProgress> progress, CancelSignal cancel) {
        for (Pin p : selection) {
            require(LibraryAction.DELETE_PIN, privacyOf(p.boardId()));
        }
        return bulk(selection, progress, cancel, pin -> {
            deleteOne(pin);
            return () -> replacePins(Map.of(), Set.of(pin.id()));
        });
    }

    /** One step of a bulk change: does the request, returns how to record the success locally. */
    private interface BulkStep {
        Runnable apply(Pin pin);
    }

    private BulkReport bulk(List<Pin> selection, Consumer<BulkProgress> progress, CancelSignal cancel, BulkStep step) {
        List<String> ok = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int done = 0;
        for (Pin pin : selection) {
            if (cancel.isCancelled()) {
                skipped.add(pin.id());
                continue;
            }
            progress.accept(new BulkProgress(selection.size(), done, failed.size(), pin.id()));
            try {
                step.apply(pin).run();
                ok.add(pin.id());
            } catch (LibraryException e) {
                if (e.kind() == LibraryException.Kind.CANCELLED) {
                    skipped.add(pin.id());
                    continue;
                }
                failed.put(pin.id(), e.getMessage());
            }
            done++;
        }
        progress.accept(new BulkProgress(selection.size(), done, failed.size(), null));
        return new BulkReport(ok, failed, skipped);
    }

    private Pin moveOne(Pin pin, String boardId, String sectionId) {
        Pin moved = call(() -> session.client().updatePin(pin.id(),
                new PinChanges(null, null, null, null, boardId, sectionId)));
        // Pinterest's reply may omit the section when there is none; what was asked for is what happened.
        return withPlace(merge(pin, moved), boardId, sectionId);
    }

    private void deleteOne(Pin pin) {
        run(() -> session.client().deletePin(pin.id()));
    }

    // ---- local bookkeeping ------------------------------------------------------------------------------------

    /** Puts {@code updated} pins where their board says (moving them between saved boards), drops {@code removed}. */
    private void replacePins(Map<String, Pin> updated, Set<String> removed) {
        Set<String> gone = new HashSet<>(removed);
        gone.addAll(updated.keySet());
        Set<String> touched = new HashSet<>();
        synchronized (lock) {
            for (Map.Entry<String, LibraryCache.PinsDoc> e : pins.entrySet()) {
                LibraryCache.PinsDoc doc = e.getValue();
                List<Pin> kept = new ArrayList<>(doc.pins().size());
                boolean change = false;
                for (Pin p : doc.pins()) {
                    Pin replacement = updated.get(p.id());
                    if (replacement != null && e.getKey().equals(replacement.boardId())) {
                        kept.add(replacement);
                        change = true;
                    } else if (gone.contains(p.id())) {
                        change = true;
                    } else {
                        kept.add(p);
                    }
                }
                if (change) {
                    e.setValue(new LibraryCache.PinsDoc(doc.boardId(), doc.pinsModifiedAt(), kept));
                    touched.add(e.getKey());
                }
            }
            for (Pin p : updated.values()) {
                LibraryCache.PinsDoc doc = p.boardId() == null ? null : pins.get(p.boardId());
                if (doc != null && doc.pins().stream().noneMatch(q -> q.id().equals(p.id()))) {
                    List<Pin> list = new ArrayList<>(doc.pins());
                    list.add(0, p);
                    pins.put(p.boardId(), new LibraryCache.PinsDoc(doc.boardId(), doc.pinsModifiedAt(), list));
                    touched.add(p.boardId());
                }
            }
            recountPins(touched);
        }
        for (String boardId : touched) {
            LibraryCache.PinsDoc doc = pins.get(boardId);
            writes.now("the pins of board " + boardId, () -> cache.writePins(doc));
        }
        persistBoards();
        changed();
    }

    /** Keeps the shown pin counts in step with local changes (Pinterest's own count follows on the next sync). */
    private void recountPins(Set<String> boardIds) {
        boards = boards.stream().map(b -> {
            LibraryCache.PinsDoc doc = pins.get(b.id());
            if (!boardIds.contains(b.id()) || doc == null) {
                return b;
            }
            return new Board(b.id(), b.name(), b.description(), b.privacy(), b.ownerUsername(), doc.pins().size(),
                    b.followerCount(), b.collaboratorCount(), b.createdAt(), b.pinsModifiedAt(), b.coverImageUrl(),
                    b.pinThumbnailUrls(), b.adsOnly());
        }).toList();
    }

    private void replaceBoard(String id, Board updated) {
        synchronized (lock) {
            boards = boards.stream().map(b -> b.id().equals(id) ? keepCounts(b, updated) : b).toList();
        }
    }

    private static Board keepCounts(Board old, Board updated) {
        return new Board(updated.id(), updated.name(), updated.description(), updated.privacy(),
                updated.ownerUsername() != null ? updated.ownerUsername() : old.ownerUsername(),
                updated.pinCount() != null ? updated.pinCount() : old.pinCount(),
                updated.followerCount(), updated.collaboratorCount(), updated.createdAt(),
                // Keep the old modification mark: the saved pins still match it, so the next sync stays incremental.
                old.pinsModifiedAt(), updated.coverImageUrl() != null ? updated.coverImageUrl() : old.coverImageUrl(),
                updated.pinThumbnailUrls().isEmpty() ? old.pinThumbnailUrls() : updated.pinThumbnailUrls(),
                updated.adsOnly());
    }

    private static Pin merge(Pin old, Pin reply) {
        return reply.images().isEmpty() ? new Pin(reply.id(), reply.title(), reply.description(), reply.link(),
                reply.altText(), reply.dominantColor() != null ? reply.dominantColor() : old.dominantColor(),
                reply.boardId(), reply.sectionId(), reply.parentPinId(), reply.boardOwnerUsername(), reply.createdAt(),
                reply.creativeType(), reply.mediaType(), old.images()) : reply;
    }

    private static Pin withPlace(Pin p, String boardId, String sectionId) {
        return new Pin(p.id(), p.title(), p.description(), p.link(), p.altText(), p.dominantColor(), boardId,
                sectionId, p.parentPinId(), p.boardOwnerUsername(), p.createdAt(), p.creativeType(), p.mediaType(),
                p.images());
    }

    private void persistBoards() {
        LibraryCache.BoardsDoc doc;
        synchronized (lock) {
            doc = new LibraryCache.BoardsDoc(boards, sections, syncedAt);
        }
        writes.now("the library", () -> cache.writeBoards(doc));
    }

    private void changed() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A library listener failed", e);
            }
        }
    }

    // ---- calling Pinterest ------------------------------------------------------------------------------------

    private <T> T call(Supplier<T> request) {
        try {
            T value = request.get();
            offline = false;
            return value;
        } catch (RuntimeException e) {
            throw noteOffline(LibraryErrors.map(e));
        }
    }

    private void run(Runnable request) {
        call(() -> {
            request.run();
            return null;
        });
    }

    private LibraryException noteOffline(LibraryException e) {
        if (e.kind() == LibraryException.Kind.OFFLINE) {
            offline = true;
            changed();
        }
        return e;
    }

    private static String requireName(String name, String what) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LibraryException(LibraryException.Kind.INVALID, "Give the " + what + " a name.");
        }
        if (what.equals("section") && n.length() > 180) {
            throw new LibraryException(LibraryException.Kind.INVALID, "A section name can have at most 180 characters.");
        }
        return n;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
