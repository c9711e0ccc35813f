package io.pindesk.app;

import com.google.gson.Gson;
import io.pindesk.service.PreferencesService;
import io.pindesk.store.AppDirs;
import io.pindesk.store.Json;
import io.pindesk.store.Settings;
import io.pindesk.store.SettingsStore;
import io.pindesk.media.ImageLimits;
import io.pindesk.media.ImagePipeline;
import io.pindesk.service.CurrentAccountHolder;
import io.pindesk.service.PublishingServices;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.composer.ComposerLauncher;
import java.time.Clock;
import io.pindesk.ui.common.Views;
import io.pindesk.ui.shell.AboutDialog;
import io.pindesk.ui.shell.MainView;
import io.pindesk.ui.shell.MainViewModel;
import io.pindesk.ui.signin.SignInView;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
    private final CurrentAccountHolder currentAccount = new CurrentAccountHolder();
    private final ImagePipeline imagePipeline;
    private final PublishingServices publishing;
    private final ComposerLauncher composer;

    public AppContext(AppDirs dirs, Executor uiExecutor) {
        this.dirs = dirs;
        Gson gson = Json.files();
        SettingsStore settingsStore = new SettingsStore(dirs.config(), gson);
        this.initialSettings = settingsStore.load();
        this.io = AppExecutors.io();
        this.async = new UiAsync(io, uiExecutor);
        this.preferences = new PreferencesService(settingsStore);
        this.bundle = ResourceBundle.getBundle("i18n.messages", Locale.getDefault());

        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        controllers.put(MainView.class, () -> new MainView(
                new MainViewModel(preferences, async, initialSettings.darkTheme()),
                new AboutDialog(bundle, AppInfo.version(), dirs)));
        controllers.put(SignInView.class, SignInView::new);
        this.views = new Views(bundle, controllers);
        // composer and outbox follow the current account (set by the account service once sign-in lands)
        this.imagePipeline = ImagePipeline.create(ImageLimits.DEFAULT, AppInfo.userAgent(), dirs.cache());
        this.publishing = new PublishingServices(dirs.data(), Clock.systemDefaultZone(), currentAccount);
        this.composer = new ComposerLauncher(bundle, async, imagePipeline::prepare, publishing);
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

    public CurrentAccountHolder currentAccount() {
        return currentAccount;
    }

    public ComposerLauncher composer() {
        return composer;
    }

    /** Lets queued background work (such as the last settings write) finish, briefly. */
    @Override
    public void close() {
        publishing.close();
        imagePipeline.close();
        io.shutdown();
        try {
            io.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
