package io.pindesk.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.NewBoard;
import io.pindesk.media.ImageLimits;
import io.pindesk.media.ImagePipeline;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import io.pindesk.service.ApiBoardDirectory;
import io.pindesk.service.DraftService;
import io.pindesk.service.JobState;
import io.pindesk.service.OutboxJob;
import io.pindesk.service.PublishService;
import io.pindesk.service.SandboxSession;
import io.pindesk.ui.common.UiAsync;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The composer window headless on Monocle, over a sandbox: inline errors, paste → publish → queue. */
@Tag("ui")
class ComposerUiTest {

    @TempDir Path tmp;
    private final FxRobot robot = new FxRobot();
    private SandboxServer server;
    private SandboxSession session;
    private ImagePipeline pipeline;
    private DraftService drafts;
    private PublishService outbox;
    private ComposerWindow window;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> io.pindesk.ui.common.Themes.apply(false));
        server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build());
        session = new SandboxSession(server.apiBase(),
                server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES), SandboxSession.allScopes(),
                Duration.ofSeconds(3));
        session.client().createBoard(new NewBoard("UI board", null, null));
        pipeline = ImagePipeline.create(ImageLimits.DEFAULT, "PinDesk-test", tmp);
        drafts = new DraftService(tmp.resolve("drafts"), Clock.systemUTC(), Duration.ofMillis(100));
        outbox = new PublishService(tmp.resolve("outbox"), session, Clock.systemUTC(),
                new PublishService.Options(Duration.ofMillis(100), Duration.ofSeconds(1), 3, 50, Duration.ofMillis(100),
                        Duration.ofMinutes(2), Duration.ofMillis(50)));
        outbox.start();
        UiAsync async = new UiAsync(Executors.newFixedThreadPool(2), Platform::runLater,
                io.pindesk.ui.common.FxFrames::afterFrames);
        robot.interact(() -> {
            window = new ComposerWindow(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH), async,
                    pipeline::prepare, session, drafts, outbox, new ApiBoardDirectory(() -> session), null, false);
            window.show();
            window.stage().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> window.stage().close());
        outbox.close();
        drafts.close();
        pipeline.close();
        session.client().close();
        server.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void invalidFieldsShowInlineErrorsAndBlockPublishing() {
        robot.interact(() -> {
            robot.lookup("#titleField").queryAs(TextField.class).setText("t".repeat(105));
            robot.lookup("#linkField").queryAs(TextField.class).setText("javascript:alert(1)");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label titleError = robot.lookup("#titleError").queryAs(Label.class);
        assertTrue(titleError.isVisible());
        assertTrue(titleError.getText().contains("5 characters too long"), titleError.getText());
        assertEquals("105 / 100", robot.lookup("#titleCounter").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#linkError").queryAs(Label.class).getText().contains("http"));
        assertTrue(robot.lookup("#publishButton").queryAs(Button.class).isDisabled());
        robot.interact(() -> robot.lookup("#titleField").queryAs(TextField.class).setText("Short"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#titleError").queryAs(Label.class).isVisible());
    }

    @Test
    void pastedImagesArePublishedAndTheQueueShowsIt() throws Exception {
        Path photo = tmp.resolve("photo.png");
        BufferedImage img = new BufferedImage(300, 450, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", photo.toFile());
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.FILES,
                List.of(photo.toFile()))));
        robot.interact(() -> window.view().paste()); // the same path as Ctrl+V: Clipboard → DragboardReader → pipeline
        waitFor(() -> window.view().viewModel().images().size() == 1, "the pasted image is in the composer");
        waitFor(() -> !window.view().viewModel().filteredBoards().isEmpty(), "boards loaded");
        robot.interact(() -> {
            window.view().viewModel().boardProperty().set(window.view().viewModel().filteredBoards().get(0));
            robot.lookup("#titleField").queryAs(TextField.class).setText("Pasted and published");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#publishButton").queryAs(Button.class).isDisabled());
        robot.interact(() -> robot.lookup("#publishButton").queryAs(Button.class).fire());
        waitFor(() -> outbox.jobs().stream().anyMatch(j -> j.state() == JobState.PUBLISHED), "published");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<OutboxJob> jobs = robot.lookup("#jobList").queryAs(ListView.class);
        waitFor(() -> jobs.getItems().stream().anyMatch(j -> j.state() == JobState.PUBLISHED), "queue updated");
        assertEquals("Pasted and published", jobs.getItems().get(0).label());
        assertTrue(robot.lookup("#summary").queryAs(Label.class).getText().contains("1 published"));
        assertEquals(1, server.pinCount());
    }

    @Test
    void anImagesOwnTitleIsEditedBesideItsOtherFieldsAndShownInItsRow() throws Exception {
        List<java.io.File> files = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path photo = tmp.resolve("photo-" + i + ".png");
            ImageIO.write(new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
            files.add(photo.toFile());
        }
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.FILES, files)));
        robot.interact(() -> window.view().paste());
        ComposerViewModel vm = window.view().viewModel();
        waitFor(() -> vm.images().size() == 2, "both images are in the composer");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Shared title",
                "Shared title"), rowTitles());
        assertFalse(robot.lookup("#imageEditor").query().isVisible(), "no image selected, no editor");

        @SuppressWarnings("unchecked")
        ListView<ComposerImage> list = robot.lookup("#imageList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        TextField ownTitle = robot.lookup("#imageTitle").queryAs(TextField.class);
        assertTrue(robot.lookup("#imageEditor").query().isVisible());
        robot.clickOn(ownTitle).write("Second photo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Second photo", vm.images().get(1).titleProperty().get());
        assertEquals("", vm.images().get(0).titleProperty().get() == null ? "" : vm.images().get(0).titleProperty().get());
        assertEquals(List.of("Shared title", "Second photo"), rowTitles());

        robot.interact(() -> list.getSelectionModel().select(0));
        assertEquals("", ownTitle.getText(), "the editor follows the selection");
        robot.interact(() -> list.getSelectionModel().select(1));
        assertEquals("Second photo", ownTitle.getText());
    }

    /** The own-title line of each visible image row, top to bottom. */
    private List<String> rowTitles() {
        return robot.lookup(".image-title").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getScene() != null && l.getParent().getParent().getParent() != null
                        && ((javafx.scene.control.ListCell<?>) l.getParent().getParent().getParent()).getItem() != null)
                .sorted(java.util.Comparator.comparingDouble(l -> l.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(30);
        }
    }
}
