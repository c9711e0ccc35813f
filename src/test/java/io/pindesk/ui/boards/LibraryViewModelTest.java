package io.pindesk.ui.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Scope;
import io.pindesk.domain.Section;
import io.pindesk.service.LibraryAction;
import io.pindesk.service.LibraryException;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.pins.PinDetailViewModel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Library, board and pin-detail view-models against an in-memory library; no FX toolkit. */
class LibraryViewModelTest {

    private final FakeLibrary library = new FakeLibrary()
            .add(FakeLibrary.board("1", "Kitchen ideas", "tiles and taps", 12, Instant.parse("2024-01-01T00:00:00Z"),
                    BoardPrivacy.PUBLIC), 12)
            .add(FakeLibrary.board("2", "Autumn trips", "hiking", 40, Instant.parse("2025-03-01T00:00:00Z"),
                    BoardPrivacy.SECRET), 40)
            .add(FakeLibrary.board("3", "Bikes", "the kitchen of cycling", 3, Instant.parse("2023-01-01T00:00:00Z"),
                    BoardPrivacy.PROTECTED), 3);
    private final LibraryViewModel vm = new LibraryViewModel(library, UiAsync.direct());

    private List<String> names() {
        return vm.boards().stream().map(Board::name).toList();
    }

    @Test
    void startShowsTheBoardsAndSyncs() {
        library.cached = true;
        vm.start();
        assertEquals(1, library.syncs);
        assertEquals(LibraryViewModel.State.READY, vm.stateProperty().get());
        assertEquals(List.of("Autumn trips", "Kitchen ideas", "Bikes"), names(), "recently changed first");
        assertEquals(3 + 55, vm.itemsLoadedProperty().get(), "progress in items loaded");
        assertFalse(vm.syncingProperty().get());
    }

    @Test
    void aLibraryReadAheadIsShownWithoutReadingItAgain() {
        library.cached = true;
        library.readAhead = true;
        List<LibraryViewModel.State> states = new java.util.ArrayList<>();
        vm.stateProperty().addListener((o, was, now) -> states.add(now));
        // An executor that never runs: anything start() left to the background would not happen.
        LibraryViewModel lazy = new LibraryViewModel(library, new UiAsync(r -> { }, Runnable::run));
        lazy.start();
        assertEquals(0, library.loadCacheCalls, "the read-ahead is used, not repeated");
        assertEquals(LibraryViewModel.State.READY, lazy.stateProperty().get(), "boards shown within start()");
        assertEquals(3, lazy.boards().size());

        library.readAhead = false; // read ahead, nothing saved: the first sync fills the grid
        library.cached = false;
        LibraryViewModel empty = new LibraryViewModel(library, new UiAsync(r -> { }, Runnable::run));
        empty.start();
        assertEquals(0, library.loadCacheCalls);
        assertEquals(LibraryViewModel.State.LOADING, empty.stateProperty().get());
        assertTrue(states.isEmpty(), "the other view-model untouched");
    }

    @Test
    void searchCoversNamesAndDescriptionsAndSortsChangeTheOrder() {
        vm.start();
        vm.queryProperty().set("KITCHEN");
        assertEquals(List.of("Kitchen ideas", "Bikes"), names());
        vm.sortProperty().set(BoardSort.NAME);
        assertEquals(List.of("Bikes", "Kitchen ideas"), names());
        vm.queryProperty().set("");
        vm.sortProperty().set(BoardSort.PIN_COUNT);
        assertEquals(List.of("Autumn trips", "Kitchen ideas", "Bikes"), names());
        vm.queryProperty().set("nothing like this");
        assertEquals(LibraryViewModel.State.NO_MATCH, vm.stateProperty().get());
    }

    @Test
    void anEmptyAccountSaysSoAndAFailedFirstSyncIsAnError() {
        FakeLibrary empty = new FakeLibrary();
        LibraryViewModel emptyVm = new LibraryViewModel(empty, UiAsync.direct());
        emptyVm.start();
        assertEquals(LibraryViewModel.State.EMPTY, emptyVm.stateProperty().get());

        FakeLibrary broken = new FakeLibrary();
        broken.syncFailure = new LibraryException(LibraryException.Kind.SIGNED_OUT, "Sign in again.");
        LibraryViewModel brokenVm = new LibraryViewModel(broken, UiAsync.direct());
        brokenVm.start();
        assertEquals(LibraryViewModel.State.ERROR, brokenVm.stateProperty().get());
        assertEquals("Sign in again.", brokenVm.errorProperty().get());
    }

    @Test
    void offlineKeepsTheSavedBoardsAndDisablesChanges() {
        library.cached = true;
        library.syncFailure = new LibraryException(LibraryException.Kind.OFFLINE, "cannot reach Pinterest");
        vm.start();
        assertTrue(vm.offlineProperty().get());
        assertEquals(LibraryViewModel.State.READY, vm.stateProperty().get());
        assertEquals(3, vm.boards().size());
        assertNotNull(vm.deniedReason(LibraryAction.CREATE_BOARD, BoardPrivacy.PUBLIC));
    }

    @Test
    void missingScopesDisableActionsWithAReason() {
        library.scopes.remove(Scope.BOARDS_WRITE);
        vm.start();
        String why = vm.deniedReason(LibraryAction.CREATE_BOARD, BoardPrivacy.PUBLIC);
        assertTrue(why.contains("boards:write"), why);
        assertNull(vm.deniedReason(LibraryAction.EDIT_PIN, BoardPrivacy.PUBLIC));
    }

    @Test
    void boardsCanBeCreatedRenamedAndDeleted() {
        vm.start();
        Board[] made = new Board[1];
        vm.createBoard("Garden", "", BoardPrivacy.SECRET, b -> made[0] = b);
        assertTrue(names().contains("Garden"));
        vm.open(made[0]);
        vm.updateBoard(made[0], "Garden 2", "", BoardPrivacy.PUBLIC);
        assertEquals("Garden 2", vm.openBoardProperty().get().name());
        vm.deleteBoard(vm.openBoardProperty().get());
        assertNull(vm.openBoardProperty().get());
        assertFalse(names().contains("Garden 2"));
        assertEquals("library.notice.boardDeleted", vm.noticeProperty().get().key());
    }

    @Test
    void openingABoardPagesItsPinsAndFiltersBySection() {
        library.pageSize = 15;
        vm.start();
        Board trips = library.boards.get(1);
        Section s = library.createSection("2", "Alps");
        library.pins.get("2").replaceAll(p -> p.id().endsWith("-3") || p.id().endsWith("-7")
                ? FakeLibrary.pin(p.id(), "2", s.id(), 600, 400) : p);
        vm.open(trips);
        BoardViewModel board = vm.boardView();
        assertEquals(15, board.pins().size());
        assertTrue(board.hasMore());
        board.loadMore();
        board.loadMore();
        assertEquals(40, board.pins().size());
        assertFalse(board.hasMore());
        assertEquals(List.of(s), board.sections());
        board.sectionProperty().set(s);
        assertEquals(List.of("2-3", "2-7"), board.pins().stream().map(Pin::id).toList());
        board.sectionProperty().set(null);
        assertEquals(15, board.pins().size());
    }

    @Test
    void bulkMoveReportsPartialFailuresAndKeepsTheFailedOnesSelected() {
        vm.start();
        vm.open(library.boards.get(0));
        BoardViewModel board = vm.boardView();
        board.selectAll();
        board.toggle(board.pins().get(0));
        assertEquals(11, board.selection().size());
        library.failingPins.add("1-5");
        board.bulkMove("3", null);
        assertEquals(10, board.bulkReportProperty().get().succeeded().size());
        assertEquals(List.of("1-5"), List.copyOf(board.bulkReportProperty().get().failed().keySet()));
        assertEquals(11, board.bulkDoneProperty().get());
        assertEquals(1, board.bulkFailedProperty().get());
        assertEquals(2, board.pins().size(), "moved pins left the board");
        assertEquals(java.util.Set.of("1-5"), board.selection());
        assertEquals(13, library.pins.get("3").size());
    }

    @Test
    void pinDetailChecksTheComposerLimitsAsTheUserTypes() {
        PinDetailViewModel detail = new PinDetailViewModel(library, UiAsync.direct());
        Pin pin = library.pins.get("1").get(0);
        detail.show(pin, library.boards.get(0));
        assertFalse(detail.canSave(), "nothing changed yet");
        detail.titleProperty().set("x".repeat(101));
        assertEquals(1, detail.problems().size());
        assertFalse(detail.canSave());
        detail.titleProperty().set("Better title");
        detail.linkProperty().set("javascript:alert(1)");
        assertTrue(detail.problems().get(0).contains("http"));
        detail.linkProperty().set("https://example.com/better");
        assertTrue(detail.canSave());
        detail.save();
        assertEquals("pin.done.saved", detail.doneProperty().get());
        assertEquals("Better title", library.pins.get("1").get(0).title());

        library.scopes.remove(Scope.PINS_WRITE);
        assertNotNull(detail.editDenied());
        detail.titleProperty().set("Again");
        assertFalse(detail.canSave());
    }
}
