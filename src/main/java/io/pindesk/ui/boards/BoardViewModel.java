package io.pindesk.ui.boards;

import io.pindesk.domain.Board;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Section;
import io.pindesk.service.BulkProgress;
import io.pindesk.service.BulkReport;
import io.pindesk.service.CancelSignal;
import io.pindesk.service.Library;
import io.pindesk.service.LibraryAction;
import io.pindesk.service.LibraryException;
import io.pindesk.ui.common.UiAsync;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One open board: its sections (chips, null = "All"), its pins page by page (further pages while scrolling),
 * the multi-selection, sections editing and bulk move/delete with per-item progress and a report.
 */
public final class BoardViewModel {

    /** What the pin area shows. */
    public enum State { LOADING, READY, EMPTY, ERROR }

    private final Library library;
    private final UiAsync async;
    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObservableList<Pin> pins = FXCollections.observableArrayList();
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loadingMore = new SimpleBooleanProperty();
    private final BooleanProperty bulkRunning = new SimpleBooleanProperty();
    private final IntegerProperty bulkTotal = new SimpleIntegerProperty();
    private final IntegerProperty bulkDone = new SimpleIntegerProperty();
    private final IntegerProperty bulkFailed = new SimpleIntegerProperty();
    private final ObjectProperty<BulkReport> bulkReport = new SimpleObjectProperty<>();
    private String bookmark;
    private int generation;
    private CancelSignal bulkCancel;

    public BoardViewModel(Library library, UiAsync async) {
        this.library = library;
        this.async = async;
        section.addListener((o, was, now) -> reload());
    }

    public void open(Board b) {
        boolean same = board.get() != null && board.get().id().equals(b.id());
        board.set(b);
        sections.setAll(library.sections(b.id()));
        if (!same) {
            selection.clear();
            if (section.get() != null) {
                section.set(null); // reloads
                return;
            }
        } else if (section.get() != null && sections.stream().noneMatch(s -> s.id().equals(section.get().id()))) {
            section.set(null);
            return;
        }
        reload();
    }

    /** Loads the first page again (board opened, section chosen, library changed). */
    public void reload() {
        Board b = board.get();
        if (b == null) {
            return;
        }
        int gen = ++generation;
        String sectionId = section.get() == null ? null : section.get().id();
        if (pins.isEmpty()) {
            state.set(State.LOADING);
        }
        loadingMore.set(true);
        async.run(() -> library.pins(b.id(), sectionId, null), page -> {
            if (gen != generation) {
                return;
            }
            loadingMore.set(false);
            bookmark = page.bookmark();
            pins.setAll(page.items());
            Set<String> present = new HashSet<>();
            page.items().forEach(p -> present.add(p.id()));
            selection.retainAll(present);
            error.set("");
            state.set(pins.isEmpty() && bookmark == null ? State.EMPTY : State.READY);
        }, e -> {
            if (gen != generation) {
                return;
            }
            loadingMore.set(false);
            error.set(message(e));
            pins.clear();
            state.set(State.ERROR);
        });
    }

    /** Fetches the next page if there is one and none is on its way (the grid calls this near the end). */
    public void loadMore() {
        Board b = board.get();
        if (b == null || bookmark == null || loadingMore.get()) {
            return;
        }
        int gen = generation;
        String sectionId = section.get() == null ? null : section.get().id();
        String from = bookmark;
        loadingMore.set(true);
        async.run(() -> library.pins(b.id(), sectionId, from), (Page<Pin> page) -> {
            if (gen != generation) {
                return;
            }
            loadingMore.set(false);
            bookmark = page.bookmark();
            Set<String> have = new HashSet<>();
            pins.forEach(p -> have.add(p.id()));
            pins.addAll(page.items().stream().filter(p -> !have.contains(p.id())).toList());
        }, e -> {
            loadingMore.set(false);
            error.set(message(e));
        });
    }

    public boolean hasMore() {
        return bookmark != null;
    }

    // ---- selection --------------------------------------------------------------------------------------------

    public void selectOnly(Pin pin) {
        selection.clear();
        selection.add(pin.id());
    }

    public void toggle(Pin pin) {
        if (!selection.remove(pin.id())) {
            selection.add(pin.id());
        }
    }

    public void selectAll() {
        pins.forEach(p -> selection.add(p.id()));
    }

    public void clearSelection() {
        selection.clear();
    }

    public List<Pin> selectedPins() {
        return pins.stream().filter(p -> selection.contains(p.id())).toList();
    }

    // ---- sections ---------------------------------------------------------------------------------------------

    public void createSection(String name, Consumer<String> onError) {
        Board b = board.get();
        async.run(() -> library.createSection(b.id(), name), s -> sections.setAll(library.sections(b.id())),
                e -> onError.accept(message(e)));
    }

    public void renameSection(Section s, String name, Consumer<String> onError) {
        async.run(() -> library.renameSection(s, name), renamed -> {
            sections.setAll(library.sections(s.boardId()));
            if (section.get() != null && section.get().id().equals(renamed.id())) {
                section.set(renamed);
            }
        }, e -> onError.accept(message(e)));
    }

    public void deleteSection(Section s, Consumer<String> onError) {
        async.run(() -> {
            library.deleteSection(s);
            return s;
        }, gone -> {
            sections.setAll(library.sections(gone.boardId()));
            if (section.get() != null && section.get().id().equals(gone.id())) {
                section.set(null);
            } else {
                reload();
            }
        }, e -> onError.accept(message(e)));
    }

    // ---- bulk -------------------------------------------------------------------------------------------------

    public String deniedReason(LibraryAction action) {
        Board b = board.get();
        return library.deniedReason(action, b == null ? null : b.privacy()).orElse(null);
    }

    public void bulkMove(String toBoardId, String toSectionId) {
        List<Pin> chosen = selectedPins();
        runBulk(chosen, (progress, cancel) -> library.bulkMove(chosen, toBoardId, toSectionId, progress, cancel));
    }

    public void bulkDelete() {
        List<Pin> chosen = selectedPins();
        runBulk(chosen, (progress, cancel) -> library.bulkDelete(chosen, progress, cancel));
    }

    public void cancelBulk() {
        CancelSignal c = bulkCancel;
        if (c != null) {
            c.cancel();
        }
    }

    public void dismissReport() {
        bulkReport.set(null);
    }

    private interface BulkRun {
        BulkReport run(Consumer<BulkProgress> progress, CancelSignal cancel);
    }

    private void runBulk(List<Pin> chosen, BulkRun work) {
        if (chosen.isEmpty() || bulkRunning.get()) {
            return;
        }
        CancelSignal cancel = new CancelSignal();
        bulkCancel = cancel;
        bulkRunning.set(true);
        bulkTotal.set(chosen.size());
        bulkDone.set(0);
        bulkFailed.set(0);
        bulkReport.set(null);
        Consumer<BulkProgress> progress = p -> async.onUi(() -> {
            bulkDone.set(p.done());
            bulkFailed.set(p.failed());
        });
        async.run(() -> work.run(progress, cancel), report -> {
            bulkRunning.set(false);
            bulkReport.set(report);
            selection.removeAll(new ArrayList<>(report.succeeded()));
            reload();
        }, e -> {
            bulkRunning.set(false);
            bulkReport.set(new BulkReport(List.of(), failures(chosen, message(e)), List.of()));
        });
    }

    private static java.util.Map<String, String> failures(List<Pin> pins, String why) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        pins.forEach(p -> out.put(p.id(), why));
        return out;
    }

    public static String message(Throwable e) {
        return e instanceof LibraryException le ? le.getMessage() : "Something went wrong: " + e.getClass().getSimpleName();
    }

    // ---- properties -------------------------------------------------------------------------------------------

    public ObjectProperty<Board> boardProperty() {
        return board;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    /** The chosen section chip; null for "All". */
    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObservableList<Pin> pins() {
        return pins;
    }

    /** Selected pin ids. */
    public ObservableSet<String> selection() {
        return selection;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadingMoreProperty() {
        return loadingMore;
    }

    public BooleanProperty bulkRunningProperty() {
        return bulkRunning;
    }

    public IntegerProperty bulkTotalProperty() {
        return bulkTotal;
    }

    public IntegerProperty bulkDoneProperty() {
        return bulkDone;
    }

    public IntegerProperty bulkFailedProperty() {
        return bulkFailed;
    }

    public ObjectProperty<BulkReport> bulkReportProperty() {
        return bulkReport;
    }
}
