package io.pindesk.app;

import io.pindesk.store.AppDirs;
import io.pindesk.store.Settings.WindowBounds;
import io.pindesk.ui.common.StageIcons;
import io.pindesk.ui.common.Themes;
import io.pindesk.ui.common.Views;
import io.pindesk.ui.shell.MainView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: builds the {@link AppContext} in {@link #init()} (launcher thread, not the FX
 * thread), then shows the main window with the remembered theme, size and position.
 */
public final class PinDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PinDeskApp.class);

    /**
     * The single-instance handle the launcher took before starting JavaFX. {@code Application.launch} can only
     * instantiate this class reflectively, so this is the one hand-off point between the two.
     */
    private static volatile SingleInstance launchedInstance;

    private static final String SAVED = "pindesk.placementSaved";

    private final Supplier<AppContext> contextFactory;
    private AppContext context;
    private Stage stage;
    private WindowBounds lastBounds;

    /** Used by {@code Application.launch}. */
    public PinDeskApp() {
        this(PinDeskApp::standardContext);
    }

    /** The context the launcher started building beside the toolkit start; null: build it in init(). */
    private static volatile CompletableFuture<AppContext> earlyContext;

    static void useContextBuiltEarly(CompletableFuture<AppContext> context) {
        earlyContext = context;
    }

    /** Builds the context of a normal start (its constructor needs no toolkit, so any thread will do). */
    static AppContext newStandardContext() {
        return new AppContext(ensureDirs(AppDirs.forCurrentUser()), Platform::runLater);
    }

    static AppContext standardContext() {
        CompletableFuture<AppContext> early = earlyContext;
        if (early == null) {
            return newStandardContext();
        }
        try {
            return early.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Used by tests, to start the real window over a context of their own. */
    public PinDeskApp(Supplier<AppContext> contextFactory) {
        this.contextFactory = contextFactory;
    }

    static void handOverInstance(SingleInstance instance) {
        launchedInstance = instance;
    }

    /** The single-instance check running beside the toolkit start; init() applies its outcome first. */
    private static volatile CompletableFuture<Runnable> instanceCheck;

    static void awaitInstanceCheck(CompletableFuture<Runnable> check) {
        instanceCheck = check;
    }

    @Override
    public void init() {
        StartupTrace.mark("toolkit");
        // The logos the first frame shows decode on another core while the FX thread builds the window.
        java.util.concurrent.ThreadFactory decoders = AppExecutors.named("icon-decoder");
        StageIcons.prefetch(runnable -> decoders.newThread(runnable).start(), 64, 256);
        CompletableFuture<Runnable> check = instanceCheck;
        if (check != null) {
            check.join().run(); // exits here when another PinDesk is running
        }
        context = contextFactory.get();
        StartupTrace.mark("context");
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        lastBounds = context.initialSettings().window();
        context.browser().useHostServices(getHostServices());
        Themes.apply(context.initialSettings().darkTheme());
        StartupTrace.mark("theme");
        Views.Loaded<MainView> main = context.views().load(MainView.class);
        StartupTrace.mark("views");
        Scene scene = new Scene(main.root(), WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
        Themes.style(scene);
        context.composer().installOn(scene); // drop anywhere / paste / Ctrl+N open the composer
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        WindowPlacement.restore(stage, lastBounds);
        stage.setOnHiding(e -> rememberWindow());
        SingleInstance instance = launchedInstance;
        if (instance != null) {
            instance.onArguments(args -> Platform.runLater(() -> onArgumentsFromAnotherLaunch(args)));
        }
        stage.show();
        StartupTrace.mark("shown");
        // Decoding six icon sizes is not worth delaying the first frame for: off the FX thread, set when ready.
        context.async().run(StageIcons::all, icons -> stage.getIcons().setAll(icons),
                error -> LOG.warn("Could not load the window icons: {}", error.toString()));
        // Scheduled pins that came due while PinDesk was closed: ask once the account's outbox is loaded.
        context.accounts().addListener(session -> session.ifPresent(
                s -> Platform.runLater(() -> context.composer().askAboutOverdue(stage))));
        Platform.runLater(() -> context.composer().askAboutOverdue(stage));
        if (parameters0() != null) {
            openInComposer(parameters0().getRaw());
        }
        Parameters parameters = getParameters();
        if (parameters != null && parameters.getRaw().contains(GuiArguments.SMOKE)) {
            SmokeRun.exitAfterFirstFrame(main.controller().contentShownProperty());
        }
        LOG.info("PinDesk {} started; data in {}", AppInfo.version(), context.dirs().data());
    }

    private void onArgumentsFromAnotherLaunch(List<String> args) {
        LOG.info("Another launch handed over {} argument(s)", args.size());
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        openInComposer(args);
    }

    /**
     * Images given on the command line ("Open with PinDesk", a drop on the launcher) go to the composer. Until an
     * account is current (restored from the keychain, or signed in) they wait, so nothing the user chose is lost.
     */
    private void openInComposer(List<String> args) {
        List<io.pindesk.media.DropData> drops = OpenWithArguments.toDrops(args);
        if (drops.isEmpty()) {
            return;
        }
        {
            if (context.accounts().current().isPresent()) {
                drops.forEach(drop -> context.composer().open(stage, drop));
                return;
            }
            Runnable[] remove = new Runnable[1];
            remove[0] = context.accounts().addListener(session -> session.ifPresent(s -> Platform.runLater(() -> {
                if (remove[0] != null) {
                    remove[0].run();
                    remove[0] = null;
                    drops.forEach(drop -> context.composer().open(stage, drop));
                }
            })));
        }
    }

    private void rememberWindow() {
        WindowBounds bounds = WindowPlacement.capture(stage, lastBounds);
        if (bounds.equals(lastBounds) && stage.getProperties().containsKey(SAVED)) {
            return;
        }
        lastBounds = bounds;
        stage.getProperties().put(SAVED, Boolean.TRUE);
        try {
            context.async().background(() -> context.preferences().saveWindow(bounds),
                    error -> LOG.warn("Could not remember the window placement: {}", error.toString()));
        } catch (RejectedExecutionException e) {
            LOG.debug("Window placement not saved: shutting down");
        }
    }

    @Override
    public void stop() {
        if (stage != null && context != null) {
            rememberWindow(); // the window may still be up when the toolkit exits first
        }
        if (context != null) {
            context.close();
        }
        SingleInstance instance = launchedInstance;
        if (instance != null) {
            instance.close();
        }
    }

    private Parameters parameters0() {
        return getParameters();
    }

    private static AppDirs ensureDirs(AppDirs dirs) {
        try {
            return dirs.ensureCreated();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create PinDesk's folders: " + e.getMessage(), e);
        }
    }
}
