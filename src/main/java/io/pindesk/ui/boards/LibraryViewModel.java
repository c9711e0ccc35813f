package io.pindesk.ui.boards;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.service.CancelSignal;
import io.pindesk.service.Library;
import io.pindesk.service.LibraryAction;
import io.pindesk.service.LibraryException;
import io.pindesk.service.SyncProgress;
import io.pindesk.service.SyncResult;
import io.pindesk.ui.common.Notice;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.pins.PinDetailViewModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library screen: the boards grid (search, sort, states), background sync with progress and cancel, the
 * offline banner, and board create/edit/delete. The open board's pins live in {@link BoardViewModel}.
 * Toolkit-free: tested with {@code UiAsync.direct()} and a fake {@link Library}.
 */
public final class LibraryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryViewModel.class);

    /** What the boards area shows. */
    public enum State { LOADING, READY, EMPTY, NO_MATCH, ERROR }

    private final Library library;
    private final UiAsync async;
    private final BoardViewModel boardView;
    private final ObservableList<Board> boards = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<BoardSort> sort = new SimpleObjectProperty<>(BoardSort.RECENTLY_CHANGED);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty offline = new SimpleBooleanProperty();
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final LongProperty itemsLoaded = new SimpleLongProperty();
    private final ObjectProperty<SyncResult> lastResult = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> lastSynced = new SimpleObjectProperty<>();
    private final ObjectProperty<Board> openBoard = new SimpleObjectProperty<>();
    private List<Board> all = List.of();
    private CancelSignal cancel;
    private Runnable unsubscribe = () -> { };

    public LibraryViewModel(Library library, UiAsync async) {
        this.library = library;
        this.async = async;
        this.boardView = new BoardViewModel(library, async);
        query.addListener((o, was, now) -> applyFilter());
        sort.addListener((o, was, now) -> applyFilter());
    }

    /** Shows the saved library at once, then syncs in the background. */
    public void start() {
        unsubscribe.run();
        unsubscribe = library.addListener(() -> async.onUi(() -> {
            refreshFromLibrary();
            refreshOpenBoard();
        }));
        state.set(State.LOADING);
        Optional<Boolean> loaded = library.cacheLoaded();
        if (loaded.isPresent()) {
            // Read while the window was being built: the screen's first layout already has the boards, instead of
            // a pulse of the empty screen and a second one when the read comes back.
            showSaved(loaded.get());
        } else {
            async.run(library::loadCache, this::showSaved, this::failed);
        }
    }

    private void showSaved(boolean had) {
        refreshFromLibrary();
        if (!had) {
            state.set(State.LOADING); // nothing saved yet: the first sync fills the grid
        }
        sync();
    }

    /** Stops listening to the library (the account changed or signed out). */
    public void stop() {
        cancelSync();
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    public void sync() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        itemsLoaded.set(0);
        error.set("");
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        Consumer<SyncProgress> progress = p -> async.onUi(() -> itemsLoaded.set(Math.max(itemsLoaded.get(),
                p.itemsLoaded())));
        async.run(() -> library.sync(progress, signal), result -> {
            syncing.set(false);
            lastResult.set(result);
            offline.set(false);
            if (!result.complete()) {
                notice.set(Notice.of("library.notice.partialSync", result.failedBoards().size(), result.boards(),
                        result.failedBoards().values().iterator().next()));
            }
            refreshFromLibrary();
        }, e -> {
            syncing.set(false);
            failed(e);
        });
    }

    public void cancelSync() {
        CancelSignal c = cancel;
        if (c != null) {
            c.cancel();
        }
    }

    /** Opens a board in the board view (or closes it with null). */
    public void open(Board board) {
        openBoard.set(board);
        if (board != null) {
            boardView.open(board);
        }
    }

    /** A view-model for one pin detail dialog. */
    public PinDetailViewModel pinDetail() {
        return new PinDetailViewModel(library, async);
    }

    /** Sections of any board (for move targets); from memory, no I/O. */
    public List<io.pindesk.domain.Section> sectionsOf(String boardId) {
        return library.sections(boardId);
    }

    /** Why an action is unavailable (missing scope, offline), or null when it is available. */
    public String deniedReason(LibraryAction action, BoardPrivacy privacy) {
        return library.deniedReason(action, privacy).orElse(null);
    }

    public void createBoard(String name, String description, BoardPrivacy privacy, Consumer<Board> onCreated) {
        async.run(() -> library.createBoard(name, description, privacy), made -> {
            refreshFromLibrary();
            onCreated.accept(made);
        }, this::reportChangeFailure);
    }

    public void updateBoard(Board board, String name, String description, BoardPrivacy privacy) {
        async.run(() -> library.updateBoard(board, name, description, privacy), updated -> {
            refreshFromLibrary();
            if (openBoard.get() != null && openBoard.get().id().equals(updated.id())) {
                open(library.boards().stream().filter(b -> b.id().equals(updated.id())).findFirst().orElse(updated));
            }
        }, this::reportChangeFailure);
    }

    public void deleteBoard(Board board) {
        async.run(() -> {
            library.deleteBoard(board);
            return board;
        }, gone -> {
            if (openBoard.get() != null && openBoard.get().id().equals(gone.id())) {
                openBoard.set(null);
            }
            notice.set(Notice.of("library.notice.boardDeleted", gone.name()));
            refreshFromLibrary();
        }, this::reportChangeFailure);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    private void refreshFromLibrary() {
        all = library.boards();
        offline.set(library.isOffline());
        lastSynced.set(library.lastSynced().orElse(null));
        applyFilter();
    }

    /** The open board follows changes (renamed, pins moved in or out); it closes if the board is gone. */
    private void refreshOpenBoard() {
        Board open = openBoard.get();
        if (open == null || boardView.bulkRunningProperty().get()) {
            return;
        }
        all.stream().filter(b -> b.id().equals(open.id())).findFirst()
                .ifPresentOrElse(this::open, () -> openBoard.set(null));
    }

    private void applyFilter() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        List<Board> shown = all.stream()
                .filter(b -> q.isEmpty() || contains(b.name(), q) || contains(b.description(), q))
                .sorted(sort.get().comparator())
                .toList();
        boards.setAll(shown);
        if (all.isEmpty()) {
            boolean stillLoading = syncing.get() && lastSynced.get() == null;
            state.set(stillLoading ? State.LOADING : state.get() == State.ERROR ? State.ERROR : State.EMPTY);
        } else {
            state.set(shown.isEmpty() ? State.NO_MATCH : State.READY);
        }
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    private void failed(Throwable e) {
        if (e instanceof LibraryException le) {
            offline.set(le.kind() == LibraryException.Kind.OFFLINE || library.isOffline());
            if (le.kind() == LibraryException.Kind.CANCELLED) {
                notice.set(Notice.of("library.notice.syncCancelled"));
                refreshFromLibrary();
                return;
            }
            error.set(le.getMessage());
        } else {
            LOG.warn("Library failure", e);
            error.set(BoardViewModel.message(e));
        }
        refreshFromLibrary();
        if (all.isEmpty()) {
            state.set(State.ERROR);
        }
    }

    private void reportChangeFailure(Throwable e) {
        notice.set(Notice.of("library.notice.changeFailed", BoardViewModel.message(e)));
        refreshFromLibrary();
    }

    // ---- properties -------------------------------------------------------------------------------------------

    public BoardViewModel boardView() {
        return boardView;
    }

    public ObservableList<Board> boards() {
        return boards;
    }

    public List<Board> allBoards() {
        return all;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<BoardSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    /** The last failure, as a sentence for the user; empty when none. */
    public StringProperty errorProperty() {
        return error;
    }

    /** A passing message (a change failed, some boards not synced); empty when none. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty offlineProperty() {
        return offline;
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    public LongProperty itemsLoadedProperty() {
        return itemsLoaded;
    }

    public ObjectProperty<SyncResult> lastResultProperty() {
        return lastResult;
    }

    public ObjectProperty<Instant> lastSyncedProperty() {
        return lastSynced;
    }

    public ObjectProperty<Board> openBoardProperty() {
        return openBoard;
    }
}
