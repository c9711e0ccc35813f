package io.pindesk.ui.boards;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Section;
import io.pindesk.service.LibraryAction;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.Notice;
import io.pindesk.ui.common.ThumbnailSource;
import io.pindesk.ui.pins.MasonryView;
import io.pindesk.ui.pins.PinDetailDialog;
import io.pindesk.ui.pins.PinDetailViewModel;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The library screen the shell shows after sign-in: the boards grid (search, sort, states, sync status, offline
 * banner) and, when a board is open, its header, section chips and the masonry grid of its pins with
 * multi-select and bulk move/delete. A thin controller: state and work live in {@link LibraryViewModel}.
 */
public final class LibraryView {

    private final LibraryViewModel vm;
    private final ThumbnailSource thumbnails;
    private final LinkOpener browser;

    @FXML private BorderPane root;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private TextField searchField;
    @FXML private ComboBox<BoardSort> sortBox;
    @FXML private ProgressIndicator syncSpinner;
    @FXML private Label syncLabel;
    @FXML private Button syncButton;
    @FXML private FontIcon syncIcon;
    @FXML private Button newBoardButton;
    @FXML private HBox offlineBanner;
    @FXML private HBox noticeBanner;
    @FXML private Label noticeLabel;
    @FXML private StackPane boardsPage;
    @FXML private ScrollPane boardsScroll;
    @FXML private FlowPane boardsFlow;
    @FXML private VBox statePane;
    @FXML private FontIcon stateIcon;
    @FXML private Label stateTitle;
    @FXML private Label stateText;
    @FXML private Button stateAction;
    @FXML private BorderPane boardPage;
    @FXML private StackPane pages;
    @FXML private Label boardName;
    @FXML private Label boardPrivacy;
    @FXML private Label boardDescription;
    @FXML private Label boardCounts;
    @FXML private Button editBoardButton;
    @FXML private Button deleteBoardButton;
    @FXML private HBox sectionChips;
    @FXML private Button addSectionButton;
    @FXML private StackPane pinArea;
    @FXML private Label pinState;
    @FXML private HBox selectionBar;
    @FXML private Label selectionLabel;
    @FXML private ProgressBar bulkProgress;
    @FXML private Label bulkLabel;
    @FXML private Button moveSelectedButton;
    @FXML private Button deleteSelectedButton;
    @FXML private Button cancelBulkButton;
    @FXML private Button clearSelectionButton;
    @FXML private ResourceBundle resources;

    private BoardDialogs dialogs;
    private PinDetailDialog pinDetail;
    private MasonryView grid;

    public LibraryView(LibraryViewModel vm, ThumbnailSource thumbnails, LinkOpener browser) {
        this.vm = vm;
        this.thumbnails = thumbnails;
        this.browser = browser;
    }

    public LibraryViewModel viewModel() {
        return vm;
    }

    /** The grid of the open board (for tests and benchmarks). */
    public MasonryView pinGrid() {
        return grid;
    }

    @FXML
    private void initialize() {
        ResourceBundle bundle = resources;
        // its own thread: the common pool can be busy with a sync's work when the first cards are made
        Thread formats = new Thread(() -> BoardCard.loadFormats(bundle), "card-formats");
        formats.setDaemon(true);
        formats.setPriority(Thread.MIN_PRIORITY);
        formats.start();
        dialogs = new BoardDialogs(resources);
        pinDetail = new PinDetailDialog(resources, thumbnails, browser);
        setUpToolbar();
        setUpBoardsPage();
        setUpBoardPage();
        // JavaFX styles hidden nodes too (and makes their skins): the board page, its pin grid and its bars would
        // cost the library screen's first CSS pass for a page most starts never open. It joins on the first open.
        pages.getChildren().remove(boardPage);
        // The search field does not take the first focus (its hint stays visible); Ctrl/Cmd+F goes to it.
        searchField.setFocusTraversable(false);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.F,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), searchField::requestFocus);
            }
        });
        vm.start();
    }

    private String t(String key, Object... args) {
        return args.length == 0 ? resources.getString(key) : MessageFormat.format(resources.getString(key), args);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---- toolbar and banners ----------------------------------------------------------------------------------

    private void setUpToolbar() {
        searchField.textProperty().bindBidirectional(vm.queryProperty());
        sortBox.getItems().setAll(BoardSort.values());
        sortBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(BoardSort s) {
                return s == null ? "" : t(s.messageKey());
            }

            @Override
            public BoardSort fromString(String s) {
                return null;
            }
        });
        sortBox.valueProperty().bindBidirectional(vm.sortProperty());
        syncSpinner.visibleProperty().bind(vm.syncingProperty());
        syncSpinner.managedProperty().bind(vm.syncingProperty());
        syncLabel.textProperty().bind(Bindings.createStringBinding(this::syncText, vm.syncingProperty(),
                vm.itemsLoadedProperty(), vm.lastResultProperty(), vm.offlineProperty()));
        vm.syncingProperty().addListener((o, was, now) -> showSyncButton(now));
        showSyncButton(vm.syncingProperty().get());
        offlineBanner.visibleProperty().bind(vm.offlineProperty());
        offlineBanner.managedProperty().bind(vm.offlineProperty());
        noticeBanner.visibleProperty().bind(vm.noticeProperty().isNotNull());
        noticeBanner.managedProperty().bind(vm.noticeProperty().isNotNull());
        noticeLabel.textProperty().bind(Bindings.createStringBinding(() -> format(vm.noticeProperty().get()),
                vm.noticeProperty()));
        vm.openBoardProperty().addListener((o, was, board) -> showPage(board));
        showPage(vm.openBoardProperty().get());
        vm.offlineProperty().addListener((o, a, b) -> updatePermissions());
        updatePermissions();
    }

    private String format(Notice n) {
        return n == null ? "" : MessageFormat.format(resources.getString(n.key()), n.args().toArray());
    }

    private String syncText() {
        if (vm.syncingProperty().get()) {
            return t("library.sync.running", vm.itemsLoadedProperty().get());
        }
        if (vm.offlineProperty().get()) {
            return t("library.sync.offline");
        }
        var r = vm.lastResultProperty().get();
        return r == null ? "" : t("library.sync.done", r.pins(), r.boards(), r.elapsed().toMillis() / 1000.0);
    }

    private void showSyncButton(boolean syncing) {
        syncIcon.setIconLiteral(syncing ? "fth-x-circle" : "fth-refresh-cw");
        syncButton.setTooltip(new Tooltip(t(syncing ? "library.sync.cancel" : "library.sync.now")));
        syncButton.setAccessibleText(t(syncing ? "library.sync.cancel" : "library.sync.now"));
    }

    private void showPage(Board board) {
        boolean open = board != null;
        if (open && boardPage.getParent() == null) {
            pages.getChildren().add(boardPage);
        }
        boardsPage.setVisible(!open);
        boardPage.setVisible(open);
        backButton.setVisible(open);
        backButton.setManaged(open);
        searchField.setVisible(!open);
        searchField.setManaged(!open);
        sortBox.setVisible(!open);
        sortBox.setManaged(!open);
        titleLabel.setVisible(!open); // the board header names the open board
        titleLabel.setManaged(!open);
        if (open) {
            showBoardHeader(board);
            grid.requestFocus();
        }
        updatePermissions();
    }

    private void updatePermissions() {
        deny(newBoardButton, vm.deniedReason(LibraryAction.CREATE_BOARD, BoardPrivacy.PUBLIC));
        Board b = vm.openBoardProperty().get();
        BoardPrivacy p = b == null ? BoardPrivacy.PUBLIC : b.privacy();
        deny(editBoardButton, vm.deniedReason(LibraryAction.EDIT_BOARD, p));
        deny(deleteBoardButton, vm.deniedReason(LibraryAction.DELETE_BOARD, p));
        deny(addSectionButton, vm.deniedReason(LibraryAction.EDIT_SECTIONS, p));
        deny(moveSelectedButton, vm.deniedReason(LibraryAction.MOVE_PIN, p));
        deny(deleteSelectedButton, vm.deniedReason(LibraryAction.DELETE_PIN, p));
    }

    /**
     * Disables a button and explains why in a tooltip. A disabled control shows no tooltip of its own, so the
     * button sits in a small wrapper that carries it.
     */
    private static void deny(Control c, String reason) {
        c.setDisable(reason != null);
        c.setAccessibleHelp(reason);
        if (c.getParent() instanceof StackPane wrapper && wrapper.getStyleClass().contains("denied-wrapper")) {
            Tooltip.install(wrapper, reason == null ? null : new Tooltip(reason));
            return;
        }
        if (reason == null || !(c.getParent() instanceof javafx.scene.layout.Pane parent)) {
            return;
        }
        int at = parent.getChildren().indexOf(c);
        StackPane wrapper = new StackPane();
        wrapper.getStyleClass().add("denied-wrapper");
        wrapper.visibleProperty().bind(c.visibleProperty());
        wrapper.managedProperty().bind(c.managedProperty());
        parent.getChildren().set(at, wrapper);
        wrapper.getChildren().add(c);
        Tooltip.install(wrapper, new Tooltip(reason));
    }

    @FXML
    private void back() {
        vm.open(null);
    }

    @FXML
    private void syncOrCancel() {
        if (vm.syncingProperty().get()) {
            vm.cancelSync();
        } else {
            vm.sync();
        }
    }

    @FXML
    private void dismissNotice() {
        vm.dismissNotice();
    }

    @FXML
    private void newBoard() {
        dialogs.board(window(), null).ifPresent(f -> vm.createBoard(f.name(), f.description(), f.privacy(), made -> { }));
    }

    // ---- boards grid ------------------------------------------------------------------------------------------

    private void setUpBoardsPage() {
        vm.boards().addListener((ListChangeListener<Board>) c -> fillBoards());
        vm.stateProperty().addListener((o, a, b) -> showState());
        vm.errorProperty().addListener((o, a, b) -> showState());
        fillBoards();
        showState();
    }

    /** New board cards made per frame; see {@link #fillBoards()}. */
    static final int CARDS_PER_PULSE = 6;

    /** Cards are kept per board value, so typing in the search box only re-arranges existing cards. */
    private final java.util.Map<Board, BoardCard> cards = new java.util.HashMap<>();
    private List<Board> wantedBoards = List.of();
    /** Adds the remaining new cards frame by frame; stops itself once every wanted board has its card. */
    private final javafx.animation.AnimationTimer cardFiller = new javafx.animation.AnimationTimer() {
        @Override
        public void handle(long now) {
            if (addMissingCards()) {
                stop();
            }
        }
    };

    /**
     * Puts the boards on screen. Cards that exist are reused at once; new ones are made {@value #CARDS_PER_PULSE}
     * per frame, because building a card (CSS, text layout, its cover request) is the costly part: a sync that
     * brings 30 or 300 boards would otherwise freeze one frame for all of them.
     */
    private void fillBoards() {
        cards.keySet().retainAll(new java.util.HashSet<>(vm.allBoards()));
        wantedBoards = List.copyOf(vm.boards());
        if (!addMissingCards()) {
            cardFiller.start();
        }
    }

    /** Makes up to {@value #CARDS_PER_PULSE} missing cards, shows what exists in order; true when none is missing. */
    private boolean addMissingCards() {
        double scale = window() == null ? 1 : window().getOutputScaleX();
        int made = 0;
        boolean complete = true;
        for (Board b : wantedBoards) {
            if (!cards.containsKey(b)) {
                if (made == CARDS_PER_PULSE) {
                    complete = false;
                    break;
                }
                cards.put(b, card(b, scale));
                made++;
            }
        }
        boardsFlow.getChildren().setAll(wantedBoards.stream().map(cards::get).filter(java.util.Objects::nonNull)
                .toList());
        return complete;
    }

    private BoardCard card(Board b, double scale) {
        BoardCard card = new BoardCard(b, resources, thumbnails, scale);
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.open(b);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.open(b);
            }
        });
        return card;
    }

    private void showState() {
        LibraryViewModel.State s = vm.stateProperty().get();
        boolean show = s != LibraryViewModel.State.READY;
        statePane.setVisible(show);
        boardsScroll.setVisible(!show || s == LibraryViewModel.State.NO_MATCH);
        stateAction.setVisible(true);
        stateAction.setManaged(true);
        switch (s) {
            case LOADING -> state("fth-download-cloud", "library.state.loading.title", "library.state.loading.text", null);
            case EMPTY -> state("fth-layout", "library.state.empty.title", "library.state.empty.text",
                    "library.newBoard");
            case NO_MATCH -> state("fth-search", "library.state.noMatch.title", "library.state.noMatch.text",
                    "library.state.noMatch.action");
            case ERROR -> {
                state("fth-alert-triangle", "library.state.error.title", null, "library.retry");
                stateText.setText(vm.errorProperty().get());
            }
            default -> { }
        }
    }

    private void state(String icon, String title, String text, String action) {
        stateIcon.setIconLiteral(icon);
        stateTitle.setText(t(title));
        stateText.setText(text == null ? "" : t(text));
        stateAction.setVisible(action != null);
        stateAction.setManaged(action != null);
        if (action != null) {
            stateAction.setText(t(action));
        }
    }

    @FXML
    private void stateAction() {
        switch (vm.stateProperty().get()) {
            case EMPTY -> newBoard();
            case NO_MATCH -> vm.queryProperty().set("");
            case ERROR -> vm.sync();
            default -> { }
        }
    }

    // ---- board page -------------------------------------------------------------------------------------------

    private void setUpBoardPage() {
        BoardViewModel board = vm.boardView();
        grid = new MasonryView(board.pins(), board.selection(), thumbnails);
        grid.setId("pinGrid");
        grid.setOnNearEnd(board::loadMore);
        grid.setOnOpen(this::openPin);
        grid.setOnContextMenuRequested(this::pinMenu);
        pinArea.getChildren().add(0, grid);
        pinState.visibleProperty().bind(board.stateProperty().isNotEqualTo(BoardViewModel.State.READY));
        pinState.textProperty().bind(Bindings.createStringBinding(() -> switch (board.stateProperty().get()) {
            case LOADING -> t("board.state.loading");
            case EMPTY -> board.sectionProperty().get() == null ? t("board.state.empty") : t("board.state.emptySection");
            case ERROR -> board.errorProperty().get();
            default -> "";
        }, board.stateProperty(), board.errorProperty()));
        board.sections().addListener((ListChangeListener<Section>) c -> fillChips());
        board.sectionProperty().addListener((o, a, b) -> fillChips());
        board.pins().addListener((ListChangeListener<Pin>) c -> updateCounts());
        board.selection().addListener((SetChangeListener<String>) c -> updateSelectionBar());
        board.bulkRunningProperty().addListener((o, a, b) -> updateSelectionBar());
        bulkProgress.progressProperty().bind(Bindings.createDoubleBinding(() -> board.bulkTotalProperty().get() == 0
                ? 0 : board.bulkDoneProperty().get() / (double) board.bulkTotalProperty().get(),
                board.bulkDoneProperty(), board.bulkTotalProperty()));
        bulkLabel.textProperty().bind(Bindings.createStringBinding(() -> t("bulk.progress",
                board.bulkDoneProperty().get(), board.bulkTotalProperty().get(), board.bulkFailedProperty().get()),
                board.bulkDoneProperty(), board.bulkTotalProperty(), board.bulkFailedProperty()));
        board.bulkReportProperty().addListener((o, a, report) -> {
            if (report != null) {
                dialogs.report(window(), report);
            }
        });
        updateSelectionBar();
    }

    private void showBoardHeader(Board b) {
        boardName.setText(b.name());
        boardPrivacy.setVisible(b.privacy() != BoardPrivacy.PUBLIC);
        boardPrivacy.setText(t(BoardSort.privacyKey(b.privacy())));
        boardPrivacy.setGraphic(new FontIcon(b.privacy() == BoardPrivacy.SECRET ? "fth-lock" : "fth-shield"));
        boardDescription.setText(b.description() == null ? "" : b.description());
        boardDescription.setVisible(b.description() != null && !b.description().isBlank());
        boardDescription.setManaged(boardDescription.isVisible());
        updateCounts();
        fillChips();
    }

    private void updateCounts() {
        Board b = vm.boardView().boardProperty().get();
        if (b == null) {
            return;
        }
        String meta = BoardCard.meta(b, resources);
        int sections = vm.boardView().sections().size();
        int shown = vm.boardView().pins().size();
        boardCounts.setText(meta + " · " + t("board.sections", sections) + " · " + t("board.shown", shown));
    }

    private void fillChips() {
        BoardViewModel board = vm.boardView();
        ToggleGroup group = new ToggleGroup();
        sectionChips.getChildren().clear();
        ToggleButton all = chip(t("section.all"), null, group);
        all.setSelected(board.sectionProperty().get() == null);
        sectionChips.getChildren().add(all);
        for (Section s : board.sections()) {
            ToggleButton chip = chip(s.name(), s, group);
            chip.setSelected(board.sectionProperty().get() != null && board.sectionProperty().get().id().equals(s.id()));
            ContextMenu menu = new ContextMenu();
            MenuItem rename = new MenuItem(t("section.rename"));
            rename.setOnAction(e -> dialogs.sectionName(window(), s).ifPresent(name ->
                    board.renameSection(s, name, this::notice)));
            MenuItem delete = new MenuItem(t("section.delete"));
            delete.setOnAction(e -> {
                if (dialogs.confirm(window(), t("section.delete.title", s.name()), t("section.delete.text"),
                        t("section.delete"))) {
                    board.deleteSection(s, this::notice);
                }
            });
            boolean denied = vm.deniedReason(LibraryAction.EDIT_SECTIONS,
                    board.boardProperty().get().privacy()) != null;
            rename.setDisable(denied);
            delete.setDisable(denied);
            menu.getItems().addAll(rename, delete);
            chip.setContextMenu(menu);
            sectionChips.getChildren().add(chip);
        }
        updateCounts();
    }

    private ToggleButton chip(String text, Section s, ToggleGroup group) {
        ToggleButton chip = new ToggleButton(text);
        chip.getStyleClass().add("section-chip");
        chip.setToggleGroup(group);
        chip.setOnAction(e -> {
            chip.setSelected(true);
            vm.boardView().sectionProperty().set(s);
        });
        return chip;
    }

    private void notice(String message) {
        vm.noticeProperty().set(Notice.of("library.notice.changeFailed", message));
    }

    private void updateSelectionBar() {
        BoardViewModel board = vm.boardView();
        int n = board.selection().size();
        boolean running = board.bulkRunningProperty().get();
        selectionBar.setVisible(n > 0 || running);
        selectionBar.setManaged(n > 0 || running);
        selectionLabel.setText(t("bulk.selected", n));
        bulkProgress.setVisible(running);
        bulkProgress.setManaged(running);
        bulkLabel.setVisible(running);
        bulkLabel.setManaged(running);
        cancelBulkButton.setVisible(running);
        cancelBulkButton.setManaged(running);
        moveSelectedButton.setVisible(!running);
        moveSelectedButton.setManaged(!running);
        deleteSelectedButton.setVisible(!running);
        deleteSelectedButton.setManaged(!running);
        clearSelectionButton.setVisible(!running);
        clearSelectionButton.setManaged(!running);
    }

    @FXML
    private void editBoard() {
        Board b = vm.openBoardProperty().get();
        dialogs.board(window(), b).ifPresent(f -> vm.updateBoard(b, f.name(), f.description(), f.privacy()));
    }

    @FXML
    private void deleteBoard() {
        Board b = vm.openBoardProperty().get();
        if (dialogs.confirm(window(), t("board.delete.title", b.name()), t("board.delete.text"), t("board.delete"))) {
            vm.deleteBoard(b);
        }
    }

    @FXML
    private void addSection() {
        dialogs.sectionName(window(), null).ifPresent(name -> vm.boardView().createSection(name, this::notice));
    }

    @FXML
    private void moveSelected() {
        List<Pin> chosen = vm.boardView().selectedPins();
        Board here = vm.openBoardProperty().get();
        dialogs.target(window(), t("bulk.move.title", chosen.size()), vm.allBoards(), here, vm::sectionsOf)
                .ifPresent(target -> vm.boardView().bulkMove(target.board().id(),
                        target.section() == null ? null : target.section().id()));
    }

    @FXML
    private void deleteSelected() {
        int n = vm.boardView().selection().size();
        if (dialogs.confirm(window(), t("bulk.delete.title", n), t("bulk.delete.text"), t("bulk.delete"))) {
            vm.boardView().bulkDelete();
        }
    }

    @FXML
    private void cancelBulk() {
        vm.boardView().cancelBulk();
    }

    @FXML
    private void clearSelection() {
        vm.boardView().clearSelection();
    }

    // ---- pins -------------------------------------------------------------------------------------------------

    private void pinMenu(Pin pin) {
        ContextMenu menu = new ContextMenu();
        MenuItem open = new MenuItem(t("pin.open"));
        open.setOnAction(e -> openPin(pin));
        MenuItem move = new MenuItem(t("bulk.move"));
        move.setOnAction(e -> moveSelected());
        MenuItem delete = new MenuItem(t("bulk.delete"));
        delete.setOnAction(e -> deleteSelected());
        menu.getItems().addAll(open, move, delete);
        menu.show(grid, javafx.geometry.Side.TOP, grid.getWidth() / 2, grid.getHeight() / 2);
    }

    /** Opens the detail dialog of a pin of the open board. */
    public void openPin(Pin pin) {
        Board board = vm.openBoardProperty().get();
        PinDetailViewModel detail = vm.pinDetail();
        pinDetail.show(window(), detail, pin, board, new PinDetailDialog.Targets() {
            @Override
            public void move(Window owner, PinDetailViewModel d) {
                dialogs.target(owner, t("pin.move"), vm.allBoards(), board, vm::sectionsOf).ifPresent(target ->
                        d.move(target.board().id(), target.section() == null ? null : target.section().id()));
            }

            @Override
            public void saveTo(Window owner, PinDetailViewModel d) {
                dialogs.target(owner, t("pin.saveTo"), vm.allBoards(), board, vm::sectionsOf).ifPresent(target ->
                        d.saveTo(target.board().id(), target.section() == null ? null : target.section().id()));
            }

            @Override
            public boolean confirmDelete(Window owner, Pin p) {
                return dialogs.confirm(owner, t("pin.delete.title"), t("pin.delete.text"), t("pin.delete"));
            }
        });
    }
}
