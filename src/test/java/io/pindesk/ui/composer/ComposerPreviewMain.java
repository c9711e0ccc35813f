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
public final class ComposerPreviewMain extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage ignored) throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().build());
        SandboxSession session = new SandboxSession(server.apiBase(),
                server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES), SandboxSession.allScopes(),
                Duration.ofSeconds(5));
        Path home = Files.createTempDirectory("pindesk-composer");
        UiAsync async = new UiAsync(Executors.newFixedThreadPool(2), Platform::runLater);
        ImagePipeline pipeline = ImagePipeline.create(ImageLimits.DEFAULT, "PinDesk-preview", home);
        DraftService drafts = new DraftService(home.resolve("drafts"), Clock.systemUTC(), Duration.ofMillis(400));
        PublishService outbox = new PublishService(home.resolve("outbox"), session, Clock.systemUTC(),
                PublishService.Options.STANDARD);
        outbox.start();
        boolean dark = getParameters().getRaw().contains("dark");
        Themes.apply(dark);
        ComposerWindow w = new ComposerWindow(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH), async,
                pipeline::prepare, session, drafts, outbox, new ApiBoardDirectory(() -> session), null);
        w.stage().getScene().getStylesheets().add(
                ComposerPreviewMain.class.getResource("/io/pindesk/ui/app.css").toExternalForm());
        if (dark) {
            w.stage().getScene().getRoot().getStyleClass().add("dark");
        }
        w.show();
    }
}
