package io.pindesk.ui.composer;

import io.pindesk.media.ImageLimits;
import io.pindesk.media.ImagePipeline;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import io.pindesk.service.ApiBoardDirectory;
import io.pindesk.service.DraftService;
import io.pindesk.service.PublishService;
import io.pindesk.service.SandboxSession;
import io.pindesk.ui.common.Themes;
import io.pindesk.ui.common.UiAsync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Opens the composer against a demo sandbox, for screenshots and manual trials (args: "dark" for dark theme). */
public final class ComposerPreviewMain {

    private ComposerPreviewMain() {}

    /** Not an Application subclass itself, so it starts from a plain class path. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {

    @Override
    public void start(Stage ignored) throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().build());
        SandboxSession session = new SandboxSession(server.apiBase(),
                server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES), SandboxSession.allScopes(),
                Duration.ofSeconds(5));
        Path home = Files.createTempDirectory("pindesk-composer");
        UiAsync async = new UiAsync(Executors.newFixedThreadPool(2), Platform::runLater,
                io.pindesk.ui.common.FxFrames::afterFrames);
        ImagePipeline pipeline = ImagePipeline.create(ImageLimits.DEFAULT, "PinDesk-preview", home);
        DraftService drafts = new DraftService(home.resolve("drafts"), Clock.systemUTC(), Duration.ofMillis(400));
        PublishService outbox = new PublishService(home.resolve("outbox"), session, Clock.systemUTC(),
                PublishService.Options.STANDARD);
        outbox.start();

        boolean dark = getParameters().getRaw().contains("dark");
        Themes.apply(dark);
        ComposerWindow w = new ComposerWindow(ResourceBundle.getBundle("i18n.messages",
                getParameters().getRaw().contains("de") ? Locale.GERMAN : Locale.ENGLISH), async,
                pipeline::prepare, session, drafts, outbox, new ApiBoardDirectory(() -> session), null, dark);
        w.show();
        // further arguments: image files to drop, then "publish" to pick the first board and publish
        java.util.List<Path> files = getParameters().getRaw().stream().filter(a -> !a.equals("dark")
                && !a.equals("publish") && !a.equals("invalid") && !a.equals("flaky") && !a.equals("de")).map(Path::of).toList();
        ComposerViewModel vm = w.view().viewModel();
        if (!files.isEmpty()) {
            vm.addDrop(io.pindesk.media.DropData.builder().files(files).build());
        }
        if (getParameters().getRaw().contains("invalid")) {
            vm.titleProperty().set("A title that is far too long for Pinterest because it keeps going on and on "
                    + "and on beyond the limit");
            vm.linkProperty().set("ftp://example.com/file");
        }
        if (!files.isEmpty() && !getParameters().getRaw().contains("publish")) {
            new Thread(() -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    return;
                }
                Platform.runLater(() -> {
                    vm.boardProperty().set(vm.filteredBoards().get(0));
                    vm.titleProperty().set("Sunset over the bay");
                    vm.descriptionProperty().set("Shot from the pier at golden hour. #sunset #travel");
                    vm.linkProperty().set("https://example.com/blog/sunset-pier");
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ListView<ComposerImage> list = (javafx.scene.control.ListView<ComposerImage>)
                            w.stage().getScene().lookup("#imageList");
                    list.getSelectionModel().select(0);
                    vm.images().get(0).titleProperty().set("Morning");
                    vm.images().get(0).altTextProperty().set("A pale sun above a green field");
                });
            }).start();
        }
        if (getParameters().getRaw().contains("publish")) {
            new Thread(() -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    return;
                }
                if (getParameters().getRaw().contains("flaky")) {
                    server.testApi().setFaults(io.pindesk.sandbox.FaultSpec.none().withServerErrorRate(1.0));
                }
                Platform.runLater(() -> {
                    vm.boardProperty().set(vm.filteredBoards().get(0));
                    vm.titleProperty().set("Sunset over the bay");
                    vm.descriptionProperty().set("Shot from the pier at golden hour.");
                    vm.publish();
                });
            }).start();
        }
    }
    }
}
