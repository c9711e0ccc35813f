package io.pindesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.app.AppContext;
import io.pindesk.app.PinDeskApp;
import io.pindesk.service.AccountService;
import io.pindesk.service.TestAccounts;
import io.pindesk.store.AppDirs;
import io.pindesk.store.Json;
import io.pindesk.store.SettingsStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Boots the real main window (headless on Monocle) over a throwaway data folder. */
@Tag("ui")
class MainWindowUiTest {

    @TempDir Path home;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void boot() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        AppDirs dirs = AppDirs.under(home).ensureCreated();
        app = FxToolkit.setupApplication(() -> new PinDeskApp(() -> new AppContext(dirs, Platform::runLater,
                d -> testAccounts(d))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(primary.isShowing());
    }

    @AfterEach
    void shutDown() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private AccountService testAccounts(AppDirs d) {
        try {
            return TestAccounts.service(home, TestAccounts.memoryKeychain());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    @Test
    void theMainWindowShowsTheWelcomeScreenWithIconAndTitle() throws Exception {
        Stage stage = mainStage();
        assertEquals("PinDesk", stage.getTitle());
        // the icons are decoded off the FX thread after the window is up
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertFalse(stage.getIcons().isEmpty(), "the window carries the PinDesk icon");
        Label title = robot.lookup("#welcomeTitle").queryAs(Label.class);
        assertEquals("Welcome to PinDesk", title.getText());
        assertTrue(title.isVisible());
        assertFalse(robot.lookup("#trySandboxButton").queryAs(Button.class).isDisabled(),
                "the local sandbox is the primary way in");
        assertFalse(robot.lookup("#connectButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void theThemeSwitchIsRememberedForTheNextStart() throws Exception {
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"),
                () -> "dark stylesheet applied, was " + Application.getUserAgentStylesheet());
        // The write happens on the I/O executor; wait for it rather than sleeping a fixed time.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        SettingsStore store = new SettingsStore(AppDirs.under(home).config(), Json.files());
        while (!store.load().darkTheme() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(store.load().darkTheme());
        robot.clickOn("#themeToggle"); // back to light for the other tests
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aboutShowsTheVersion() {
        robot.clickOn("#aboutButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label version = robot.lookup("#aboutVersion").queryAs(Label.class);
        assertTrue(version.getText().startsWith("Version "), version.getText());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
