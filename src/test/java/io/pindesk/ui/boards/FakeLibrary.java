package io.pindesk.ui.boards;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import io.pindesk.domain.PinImages;
import io.pindesk.domain.Scope;
import io.pindesk.domain.Section;
import io.pindesk.service.BulkProgress;
import io.pindesk.service.BulkReport;
import io.pindesk.service.CancelSignal;
import io.pindesk.service.Library;
import io.pindesk.service.LibraryAction;
import io.pindesk.service.LibraryException;
import io.pindesk.service.PinEdit;
import io.pindesk.service.SyncProgress;
import io.pindesk.service.SyncResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An in-memory {@link Library} for view-model and UI tests. Pages are {@code pageSize} pins with bookmarks. */
public class FakeLibrary implements Library {

    public final List<Board> boards = new ArrayList<>();
    public final Map<String, List<Section>> sections = new LinkedHashMap<>();
    public final Map<String, List<Pin>> pins = new LinkedHashMap<>();
    public final Set<Scope> scopes = EnumSet.allOf(Scope.class);
    public final Set<String> failingPins = new HashSet<>();
    public final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    public boolean cached;
    public boolean offline;
    public LibraryException syncFailure;
    public int pageSize = 1000;
    public int syncs;
    public int loadCacheCalls;
    /** What a read-ahead of the saved library returned (the shell's prepare), or null when none happened. */
    public Boolean readAhead;

    public static Board board(String id, String name, String description, int pins, Instant changed,
            BoardPrivacy privacy) {
        return new Board(id, name, description, privacy, "me", pins, 0, 0, changed, changed, null, List.of(), false);
    }

    public static Pin pin(String id, String boardId, String sectionId, int w, int h) {
        return new Pin(id, "Pin " + id, "About " + id, "https://example.com/" + id, null, "#88aacc", boardId,
                sectionId, null, "me", Instant.EPOCH, "REGULAR", "image",
                new PinImages(Map.of("600x", new PinImage("http://127.0.0.1:1/" + id + ".jpg", 600, 600 * h / w))));
    }

    public FakeLibrary add(Board b, int pinCount) {
        boards.add(b);
        sections.put(b.id(), new ArrayList<>());
        List<Pin> list = new ArrayList<>();
        for (int i = 0; i < pinCount; i++) {
            list.add(pin(b.id() + "-" + i, b.id(), null, 600, 400 + (i % 5) * 150));
        }
        pins.put(b.id(), list);
        return this;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public boolean loadCache() {
        loadCacheCalls++;
        return cached;
    }

    @Override
    public Optional<Boolean> cacheLoaded() {
        return Optional.ofNullable(readAhead);
    }

    @Override
    public List<Board> boards() {
        return List.copyOf(boards);
    }

    @Override
    public List<Section> sections(String boardId) {
        return List.copyOf(sections.getOrDefault(boardId, List.of()));
    }

    @Override
    public Optional<Instant> lastSynced() {
        return syncs > 0 || cached ? Optional.of(Instant.EPOCH) : Optional.empty();
    }

    @Override
    public boolean isOffline() {
        return offline;
    }

    @Override
    public Page<Pin> pins(String boardId, String sectionId, String bookmark) {
        List<Pin> all = pins.getOrDefault(boardId, List.of()).stream()
                .filter(p -> sectionId == null || sectionId.equals(p.sectionId())).toList();
        int from = bookmark == null ? 0 : Integer.parseInt(bookmark);
        int to = Math.min(all.size(), from + pageSize);
        return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }

    @Override
    public SyncResult sync(Consumer<SyncProgress> progress, CancelSignal cancel) {
        syncs++;
        if (syncFailure != null) {
            offline = syncFailure.kind() == LibraryException.Kind.OFFLINE;
            throw syncFailure;
        }
        long items = boards.size() + pins.values().stream().mapToInt(List::size).sum();
        progress.accept(new SyncProgress(boards.size(), boards.size(), 0, items));
        return new SyncResult(boards.size(), 0, (int) items - boards.size(), boards.size(), 0, items,
                Duration.ofMillis(5), Map.of());
    }

    @Override
    public Optional<String> deniedReason(LibraryAction action, BoardPrivacy privacy) {
        Optional<String> scope = action.deniedReason(scopes, privacy);
        return scope.isPresent() ? scope : offline ? Optional.of("offline") : Optional.empty();
    }

    @Override
    public Board createBoard(String name, String description, BoardPrivacy privacy) {
        Board b = board("new" + boards.size(), name, description, 0, Instant.now(), privacy);
        add(b, 0);
        changed();
        return b;
    }

    @Override
    public Board updateBoard(Board board, String name, String description, BoardPrivacy privacy) {
        Board b = board(board.id(), name, description, board.pinCount(), board.pinsModifiedAt(), privacy);
        boards.replaceAll(x -> x.id().equals(b.id()) ? b : x);
        changed();
        return b;
    }

    @Override
    public void deleteBoard(Board board) {
        boards.removeIf(b -> b.id().equals(board.id()));
        changed();
    }

    @Override
    public Section createSection(String boardId, String name) {
        Section s = new Section("s" + name.hashCode(), boardId, name);
        sections.get(boardId).add(s);
        return s;
    }

    @Override
    public Section renameSection(Section section, String name) {
        Section s = new Section(section.id(), section.boardId(), name);
        sections.get(section.boardId()).replaceAll(x -> x.id().equals(s.id()) ? s : x);
        return s;
    }

    @Override
    public void deleteSection(Section section) {
        sections.get(section.boardId()).removeIf(x -> x.id().equals(section.id()));
    }

    @Override
    public Pin editPin(Pin pin, PinEdit edit) {
        if (!edit.problems().isEmpty()) {
            throw new LibraryException(LibraryException.Kind.INVALID, String.join(" ", edit.problems()));
        }
        Pin p = new Pin(pin.id(), edit.title(), edit.description(), edit.link(), edit.altText(), pin.dominantColor(),
                pin.boardId(), pin.sectionId(), null, null, pin.createdAt(), null, null, pin.images());
        pins.get(pin.boardId()).replaceAll(x -> x.id().equals(p.id()) ? p : x);
        changed();
        return p;
    }

    @Override
    public void deletePin(Pin pin) {
        fail(pin);
        pins.values().forEach(l -> l.removeIf(x -> x.id().equals(pin.id())));
        changed();
    }

    @Override
    public Pin movePin(Pin pin, String boardId, String sectionId) {
        fail(pin);
        pins.values().forEach(l -> l.removeIf(x -> x.id().equals(pin.id())));
        Pin moved = new Pin(pin.id(), pin.title(), pin.description(), pin.link(), pin.altText(), pin.dominantColor(),
                boardId, sectionId, null, null, pin.createdAt(), null, null, pin.images());
        pins.get(boardId).add(0, moved);
        changed();
        return moved;
    }

    @Override
    public Pin savePin(Pin pin, String boardId, String sectionId) {
        Pin copy = new Pin(pin.id() + "s", pin.title(), null, null, null, null, boardId, sectionId, null, null, null,
                null, null, pin.images());
        pins.get(boardId).add(0, copy);
        changed();
        return copy;
    }

    private void fail(Pin pin) {
        if (failingPins.contains(pin.id())) {
            throw new LibraryException(LibraryException.Kind.SERVER, "Pinterest had a problem (HTTP 503).");
        }
    }

    @Override
    public BulkReport bulkMove(List<Pin> selection, String boardId, String sectionId, Consumer<BulkProgress> progress,
            CancelSignal cancel) {
        return bulk(selection, progress, p -> movePin(p, boardId, sectionId));
    }

    @Override
    public BulkReport bulkDelete(List<Pin> selection, Consumer<BulkProgress> progress, CancelSignal cancel) {
        return bulk(selection, progress, this::deletePin);
    }

    private BulkReport bulk(List<Pin> selection, Consumer<BulkProgress> progress, Consumer<Pin> step) {
        List<String> ok = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        int done = 0;
        for (Pin p : selection) {
            try {
                step.accept(p);
                ok.add(p.id());
            } catch (LibraryException e) {
                failed.put(p.id(), e.getMessage());
            }
            progress.accept(new BulkProgress(selection.size(), ++done, failed.size(), p.id()));
        }
        return new BulkReport(ok, failed, List.of());
    }
}
