package io.pindesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.app.AppContext;
import io.pindesk.app.PinDeskApp;
import io.pindesk.service.ConsentBrowser;
import io.pindesk.service.TestAccounts;
import io.pindesk.store.AppDirs;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in screen on the real window (headless Monocle): "Try the local sandbox" runs the real PKCE flow
 * against the embedded sandbox with a fake browser that approves the consent page over HTTP; the window ends
 * signed in showing the username, and a restart (same keychain) opens signed in.
 */
@Tag("ui")
class SignInUiTest {

    @TempDir Path home;
    private final ThreadCheckingStore keychain = new ThreadCheckingStore(TestAccounts.memoryKeychain());
    private final FxRobot robot = new FxRobot();
    private Application app;

    private void boot(ConsentBrowser browser) throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        AppDirs dirs = AppDirs.under(home).ensureCreated();
        app = FxToolkit.setupApplication(() -> new PinDeskApp(() -> new AppContext(dirs, Platform::runLater, d -> {
            try {
                return TestAccounts.service(home, keychain);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, browser)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(primary.isShowing());
        Window.getWindows().stream().filter(Window::isShowing).findFirst().ifPresent(w -> robot.interact(w::requestFocus));
    }

    @AfterEach
    void shutDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(25);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean shown(String id) {
        java.util.Optional<Node> found = robot.lookup(id).tryQuery();
        if (found.isEmpty()) {
            return false; // the library screen exists only while an account is signed in
        }
        Node n = found.get();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void trySandboxSignsInThroughTheBrowserAndARestartStaysSignedIn() throws Exception {
        ConsentBrowser browser = ConsentBrowser.allowing();
        boot(browser);
        assertTrue(shown("#trySandboxButton"));
        assertFalse(shown("#libraryRoot"));

        robot.clickOn("#trySandboxButton");
        await(() -> shown("#libraryRoot") && text("#accountName").equals("sandbox_pinner"), "the signed-in screen");

        assertEquals(1, browser.timesOpened(), "the consent page went to the (fake) system browser");
        assertEquals("sandbox_pinner", text("#accountName"));
        assertEquals("Local sandbox", text("#accountEnvironment"));
        assertTrue(shown("#accountMenu"));
        assertFalse(shown("#trySandboxButton"));

        // Checklist F37 for the UI: no token, code or state in any text on screen once signed in.
        String key = "local-" + "1100000000000000001";
        var stored = keychain.load(key).value();
        java.util.Map<String, String> back = ConsentBrowser.queryOf(browser.lastRedirect());
        String screen = allText(robot.lookup("#libraryRoot").query().getScene().getRoot());
        for (String secret : java.util.List.of(stored.accessToken(), stored.refreshToken(), back.get("code"), back.get("state"))) {
            assertFalse(screen.contains(secret), "a secret is on screen");
        }

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;

        boot(ConsentBrowser.allowing());
        await(() -> shown("#libraryRoot") && text("#accountName").equals("sandbox_pinner"), "the restored sign-in");
        assertEquals("sandbox_pinner", text("#accountName"));
        assertEquals(java.util.List.of(), keychain.fxThreadCalls, "no keychain call on the FX thread");
        assertTrue(robot.lookup("#signInPane").tryQuery().isEmpty(), "a restored start never builds the sign-in screen");

        robot.interact(() -> robot.lookup("#accountMenu").queryAs(javafx.scene.control.MenuButton.class).getItems()
                .stream().filter(item -> "signOutItem".equals(item.getId())).findFirst().orElseThrow().fire());
        await(() -> shown("#trySandboxButton"), "the sign-in screen after signing out");
        assertFalse(shown("#libraryRoot"));
    }

    @Test
    void theConnectFormAndTheWaitingPanelAreBuiltWhenFirstNeeded() throws Exception {
        boot(ConsentBrowser.allowing());
        assertTrue(shown("#trySandboxButton"));
        assertTrue(robot.lookup("#appIdField").tryQuery().isEmpty(), "the first frame holds only the welcome panel");
        assertTrue(robot.lookup("#cancelButton").tryQuery().isEmpty());

        robot.clickOn("#connectButton");
        await(() -> shown("#appIdField") && shown("#environmentChoice") && shown("#connectSubmit"), "the connect form");
        assertFalse(shown("#trySandboxButton"));
        assertFalse(robot.lookup("#redirectList").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty(),
                "the redirect addresses to register are listed");

        robot.clickOn("#backButton");
        await(() -> shown("#trySandboxButton") && !shown("#appIdField"), "back on the welcome panel");
        robot.clickOn("#connectButton");
        await(() -> shown("#appIdField"), "the connect form again (built once, shown again)");
        assertEquals(1, robot.lookup("#appIdField").queryAll().size());
    }

    private static String allText(javafx.scene.Parent root) {
        StringBuilder b = new StringBuilder();
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        while (!todo.isEmpty()) {
            javafx.scene.Node n = todo.pop();
            if (n instanceof javafx.scene.control.Labeled l) {
                b.append(l.getText()).append('\n');
            }
            if (n instanceof javafx.scene.control.TextInputControl t) {
                b.append(t.getText()).append('\n');
            }
            if (n instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return b.toString();
    }

    @Test
    void aDeniedConsentShowsACalmMessageOnTheWelcomeScreen() throws Exception {
        boot(new ConsentBrowser(ConsentBrowser.Decision.DENY, java.util.Set.of(), true));
        robot.clickOn("#trySandboxButton");
        await(() -> shown("#messageLabel") && text("#messageLabel").contains("declined"), "the denied message");
        assertTrue(shown("#trySandboxButton"), "back on the welcome screen, ready to try again");
    }
}
