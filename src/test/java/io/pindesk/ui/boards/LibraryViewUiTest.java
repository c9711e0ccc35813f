package io.pindesk.ui.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Pin;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.Themes;
import io.pindesk.ui.common.ThumbnailSource;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.common.Views;
import io.pindesk.ui.pins.MasonryView;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The library screen headless over an in-memory library: boards grid, opening a board, scrolling, pin edit. */
@Tag("ui")
class LibraryViewUiTest {

    private final FxRobot robot = new FxRobot();
    private final FakeLibrary library = new FakeLibrary()
            .add(FakeLibrary.board("1", "Kitchen ideas", "tiles", 5000, Instant.parse("2025-01-01T00:00:00Z"),
                    BoardPrivacy.PUBLIC), 5000)
            .add(FakeLibrary.board("2", "Autumn trips", "hiking", 4, Instant.parse("2024-01-01T00:00:00Z"),
                    BoardPrivacy.SECRET), 4)
            .add(FakeLibrary.board("3", "Bikes", "", 2, Instant.parse("2023-01-01T00:00:00Z"),
                    BoardPrivacy.PUBLIC), 2);
    private LibraryView view;

    @BeforeEach
    void show() throws Exception {
        library.cached = true;
        library.pageSize = 250;
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            LibraryViewModel vm = new LibraryViewModel(library, new UiAsync(Runnable::run, Platform::runLater));
            Map<Class<?>, Supplier<?>> controllers = Map.of(LibraryView.class,
                    () -> new LibraryView(vm, ThumbnailSource.none(), LinkOpener.none()));
            Views views = new Views(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH), controllers);
            Views.Loaded<LibraryView> loaded = views.load(LibraryView.class);
            view = loaded.controller();
            Themes.apply(false);
            Scene scene = new Scene(loaded.root(), 1200, 800);
            Themes.style(scene);
            stage.setScene(scene);
            stage.show();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private long visibleCards() {
        return robot.lookup(".board-card").queryAll().stream().filter(Node::isVisible).count();
    }

    @Test
    void theBoardsGridShowsEveryBoardAndSearchNarrowsIt() {
        assertEquals(3, visibleCards());
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("trips"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, visibleCards());
        assertTrue(robot.lookup(".board-badge").queryAll().stream().anyMatch(Node::isVisible), "secret badge");
    }

    @Test
    void manyNewBoardsAppearAFewPerFrameAndAllArrive() throws Exception {
        FxToolkit.cleanupStages();
        FakeLibrary many = new FakeLibrary();
        for (int i = 0; i < 20; i++) {
            many.add(FakeLibrary.board("b" + i, "Board " + i, "", 1, Instant.parse("2025-01-01T00:00:00Z"),
                    BoardPrivacy.PUBLIC), 1);
        }
        many.cached = true;
        java.util.List<Integer> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        FxToolkit.setupStage(stage -> {
            LibraryViewModel vm = new LibraryViewModel(many, new UiAsync(Runnable::run, Platform::runLater));
            Map<Class<?>, Supplier<?>> controllers = Map.of(LibraryView.class,
                    () -> new LibraryView(vm, ThumbnailSource.none(), LinkOpener.none()));
            Views views = new Views(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH), controllers);
            Views.Loaded<LibraryView> loaded = views.load(LibraryView.class);
            stage.setScene(new Scene(loaded.root(), 1200, 800));
            stage.show();
            loaded.root().applyCss(); // creates the scroll pane's skin, so its content can be looked up
            javafx.scene.layout.FlowPane flow = (javafx.scene.layout.FlowPane) loaded.root().lookup("#boardsFlow");
            // The boards arrive in a later event (the view-model's load calls back through runLater).
            flow.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> shown.add(
                    flow.getChildren().size()));
        });
        for (int i = 0; i < 200 && (shown.isEmpty() || shown.get(shown.size() - 1) < 20); i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(20, shown.get(shown.size() - 1), "every board gets its card: " + shown);
        int before = 0;
        for (int size : shown) {
            assertTrue(size - before <= LibraryView.CARDS_PER_PULSE, "at most a few new cards per frame: " + shown);
            before = size;
        }
    }

    @Test
    void openingABoardShowsItsPinsAndScrollingFiveThousandKeepsCellsBounded() {
        robot.clickOn("Kitchen ideas");
        WaitForAsyncUtils.waitForFxEvents();
        MasonryView grid = robot.lookup("#pinGrid").queryAs(MasonryView.class);
        assertTrue(grid.isVisible());
        assertTrue(robot.lookup(".pin-cell").queryAll().stream().anyMatch(Node::isVisible), "pins shown");
        int cellsAtTop = grid.cellCount();
        for (int i = 0; i < 400 && (view.viewModel().boardView().pins().size() < 5000
                || grid.scrollPosition() + 800 < grid.contentHeight() - 10); i++) {
            robot.interact(() -> {
                grid.scrollTo(grid.scrollPosition() + 2500);
                grid.layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5000, view.viewModel().boardView().pins().size(), "further pages fetched while scrolling");
        assertTrue(grid.cellCount() < 120, "cells stay bounded: " + grid.cellCount() + " (top: " + cellsAtTop + ")");
    }

    @Test
    void aPinCanBeOpenedEditedAndSaved() throws Exception {
        robot.clickOn("Bikes");
        WaitForAsyncUtils.waitForFxEvents();
        MasonryView grid = robot.lookup("#pinGrid").queryAs(MasonryView.class);
        robot.interact(grid::requestFocus);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT); // focus the first pin
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);  // open it
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = robot.lookup("#pinTitleField").queryAs(TextField.class);
        Pin before = library.pins.get("3").get(0);
        assertEquals(before.title(), title.getText());
        robot.interact(() -> title.setText("A better title"));
        robot.clickOn("#pinSaveButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "A better title".equals(library.pins.get("3").get(0).title()));
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.pinGrid().getScene().getWindow())
                .toList().forEach(w -> ((Stage) w).close()));
    }

    @Test
    void aPinCanBeMovedToAnotherBoardFromItsDetail() throws Exception {
        robot.clickOn("Bikes");
        WaitForAsyncUtils.waitForFxEvents();
        Pin pin = library.pins.get("3").get(0);
        robot.interact(() -> view.openPin(pin));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#pinMoveButton");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<io.pindesk.domain.Board> boards =
                robot.lookup("#targetBoardBox").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> boards.setValue(library.boards.get(1)));
        robot.clickOn("#targetOkButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> library.pins.get("2").stream()
                .anyMatch(p -> p.id().equals(pin.id())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, library.pins.get("3").size(), "the pin left Bikes");
        assertEquals(1, view.viewModel().boardView().pins().size(), "and the open board shows it gone");
        assertTrue(robot.lookup("#pinTitleField").tryQuery().isEmpty(), "the detail closed after the move");
    }
}
