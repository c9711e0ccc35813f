package io.pindesk.ui.boards;

import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.service.LibraryService;
import io.pindesk.service.SandboxSession;
import io.pindesk.store.LibraryCache;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.FxThumbnails;
import io.pindesk.ui.common.Themes;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.common.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the library screen over the local sandbox's demo data, for looking at it (screenshots under Xvfb):
 * {@code LibraryPreview [dark] [board] [select] [empty] [offline]}. Not a test; the lead's shell wires the real thing.
 */
public final class LibraryPreview extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path tmp = Files.createTempDirectory("pindesk-preview");
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().port(0)
                .seed(args.contains("empty") ? SandboxSeed.empty()
                        : args.contains("large") ? SandboxSeed.sized(12, 500) : SandboxSeed.demo()).build());
        SandboxSession session = SandboxSession.allScopes(server);
        LibraryService library = new LibraryService(session, new LibraryCache(tmp.resolve("library")));
        if (args.contains("offline")) {
            library.sync(p -> { }, new io.pindesk.service.CancelSignal());
            server.close();
        }
        UiAsync async = new UiAsync(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
        FxThumbnails thumbnails = new FxThumbnails(tmp.resolve("thumbs"));
        LibraryViewModel vm = new LibraryViewModel(library, async);
        Map<Class<?>, Supplier<?>> controllers = Map.of(LibraryView.class,
                () -> new LibraryView(vm, thumbnails, LinkOpener.none()));
        Views views = new Views(ResourceBundle.getBundle("i18n.messages", Locale.getDefault()), controllers);
        Views.Loaded<LibraryView> loaded = views.load(LibraryView.class);
        boolean dark = args.contains("dark");
        Themes.apply(dark);
        if (dark) {
            loaded.root().getStyleClass().add("dark");
        }
        Scene scene = new Scene(loaded.root(), 1360, 860);
        Themes.style(scene);
        stage.setScene(scene);
        stage.setTitle("PinDesk — library preview");
        stage.show();
        if (args.contains("board")) {
            vm.lastResultProperty().addListener((o, a, r) -> {
                if (r != null && vm.openBoardProperty().get() == null) {
                    vm.open(vm.boards().get(0));
                    if (args.contains("detail")) {
                        new Thread(() -> {
                            try {
                                Thread.sleep(1500);
                            } catch (InterruptedException e) {
                                return;
                            }
                            Platform.runLater(() -> loaded.controller().openPin(vm.boardView().pins().get(1)));
                        }).start();
                    }
                    if (args.contains("select")) {
                        Platform.runLater(() -> {
                            vm.boardView().pins().stream().limit(3).forEach(vm.boardView()::toggle);
                        });
                    }
                }
            });
        }
    }

    /** A plain main class, so the JavaFX launcher check does not refuse a classpath start. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(LibraryPreview.class, args);
        }
    }
}
