package io.pindesk.app;

import com.google.gson.Gson;
import io.pindesk.secrets.KeychainTokenStore;
import io.pindesk.secrets.TokenStores;
import io.pindesk.service.AccountService;
import io.pindesk.service.LocalSandboxService;
import io.pindesk.service.PreferencesService;
import io.pindesk.service.SystemBrowser;
import io.pindesk.store.AppDirs;
import io.pindesk.store.Json;
import io.pindesk.store.Settings;
import io.pindesk.store.SettingsStore;
import io.pindesk.ui.common.BrowserOpener;
import io.pindesk.ui.common.FxFrames;
import io.pindesk.media.ImageLimits;
import io.pindesk.media.ImagePipeline;
import io.pindesk.service.PublishingServices;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.composer.ComposerLauncher;
import java.time.Clock;
import io.pindesk.ui.common.Views;
import io.pindesk.ui.settings.SettingsDialog;
import io.pindesk.ui.settings.SettingsViewModel;
import io.pindesk.ui.shell.AboutDialog;
import io.pindesk.ui.boards.LibraryView;
import io.pindesk.ui.boards.LibraryViewFactory;
import io.pindesk.ui.shell.MainView;
import io.pindesk.ui.shell.MainViewModel;
import io.pindesk.ui.signin.SignInView;
import io.pindesk.ui.signin.SignInViewModel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root: builds every service and view once, in dependency order, with plain constructors.
 * Construction does file I/O (settings) but no network or keychain work, and never runs on the FX thread.
 */
public final class AppContext implements AutoCloseable {

    private final AppDirs dirs;
    private final ExecutorService io;
    private final UiAsync async;
    private final PreferencesService preferences;
    private final Settings initialSettings;
    private final ResourceBundle bundle;
    private final Views views;
    private final AccountService accounts;
    private final BrowserOpener browser = new BrowserOpener();

    /** Accounts in the system keychain (probed lazily, off the FX thread); the local sandbox on its fixed port. */
    public static AccountService standardAccounts(AppDirs dirs) {
        return new AccountService(dirs, () -> TokenStores.choose(KeychainTokenStore.forApp(dirs.data()), dirs.config()),
                new LocalSandboxService(dirs.data().resolve("sandbox")), AccountService.Options.defaults(System.getenv()));
    }

    /** Made on the first image the composer prepares: its HTTP client loads the TLS trust store (~0.3 s of CPU). */
    private ImagePipeline imagePipeline;
    private final LibraryViewFactory libraryViews;
    private final PublishingServices publishing;
    private final ComposerLauncher composer;

    public AppContext(AppDirs dirs, Executor uiExecutor) {
        this(dirs, uiExecutor, AppContext::standardAccounts);
    }

    /** For tests: an account service over an in-memory keychain and a sandbox on a free port. */
    public AppContext(AppDirs dirs, Executor uiExecutor, Function<AppDirs, AccountService> accountsFactory) {
        this(dirs, uiExecutor, accountsFactory, null);
    }

    /** For tests: also a fake system browser (null: the real one). */
    public AppContext(AppDirs dirs, Executor uiExecutor, Function<AppDirs, AccountService> accountsFactory,
            SystemBrowser browserOverride) {
        this.dirs = dirs;
        Gson gson = Json.files();
        SettingsStore settingsStore = new SettingsStore(dirs.config(), gson);
        this.initialSettings = settingsStore.load();
        this.io = AppExecutors.io();
        this.async = new UiAsync(io, uiExecutor, FxFrames::afterFrames);
        this.preferences = new PreferencesService(settingsStore);
        this.bundle = ResourceBundle.getBundle("i18n.messages", Locale.getDefault());

        this.accounts = accountsFactory.apply(dirs);
        SignInViewModel signIn = new SignInViewModel(accounts, browserOverride != null ? browserOverride : browser, async, bundle);
        MainViewModel main = new MainViewModel(preferences, async, initialSettings.darkTheme(), accounts, signIn);
        SettingsDialog settings = new SettingsDialog(bundle, new SettingsViewModel(accounts, async));

        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        AboutDialog about = new AboutDialog(bundle, AppInfo.version(), dirs);
        controllers.put(MainView.class, () -> new MainView(main, about, settings::show,
                () -> views().load(LibraryView.class), () -> views().load(SignInView.class).root()));
        controllers.put(SignInView.class, () -> new SignInView(signIn));
        this.libraryViews = new LibraryViewFactory(accounts, dirs, async, this::openLink);
        controllers.put(LibraryView.class, libraryViews::create);
        // Fired on the thread that restored or signed in (never the FX thread): the library is read there, beside
        // the window build, before the shell asks for the library screen.
        accounts.addListener(session -> session.ifPresent(libraryViews::prepare));
        this.views = new Views(bundle, controllers);
        // drafts, the outbox and the composer follow the account service's current account
        this.publishing = new PublishingServices(dirs.data(), Clock.systemDefaultZone(), accounts);
        publishing.useBoardSpacing(initialSettings.boardSpacing(), spacing -> async.background(
                () -> preferences.setBoardSpacing(spacing), e -> org.slf4j.LoggerFactory.getLogger(AppContext.class)
                        .warn("Could not save the board spacing: {}", e.toString())));
        this.composer = new ComposerLauncher(bundle, async, source -> imagePipeline().prepare(source), publishing,
                this::openLink);
    }

    private synchronized ImagePipeline imagePipeline() {
        if (imagePipeline == null) {
            imagePipeline = ImagePipeline.create(ImageLimits.DEFAULT, AppInfo.userAgent(), dirs.cache());
        }
        return imagePipeline;
    }

    public AppDirs dirs() {
        return dirs;
    }

    public UiAsync async() {
        return async;
    }

    public PreferencesService preferences() {
        return preferences;
    }

    public Settings initialSettings() {
        return initialSettings;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Views views() {
        return views;
    }

    /** A pin's link, opened in the system browser off the FX thread. */
    private void openLink(java.net.URI uri) {
        async.background(() -> {
            try {
                browser.open(uri);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, error -> org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Could not open a link: {}", error.toString()));
    }

    /** The background executor (blocking work: files, network, keychain). */
    java.util.concurrent.Executor io() {
        return io;
    }

    public AccountService accounts() {
        return accounts;
    }

    /** The system-browser launcher; the application hands it its HostServices. */
    public BrowserOpener browser() {
        return browser;
    }

    public ComposerLauncher composer() {
        return composer;
    }

    /** Lets queued background work (such as the last settings write) finish, briefly. */
    @Override
    public void close() {
        publishing.close();
        libraryViews.close();
        synchronized (this) {
            if (imagePipeline != null) {
                imagePipeline.close();
            }
        }
        accounts.close(); // cancels a running sign-in (frees its port) and stops the local sandbox
        io.shutdown();
        try {
            io.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
