package io.pindesk.app;

import io.pindesk.cli.Cli;
import io.pindesk.cli.CliContext;
import io.pindesk.cli.Console;
import io.pindesk.logging.LogSetup;
import io.pindesk.store.AppDirs;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;
import javafx.application.Application;

/**
 * The process entry point. It does not extend {@code Application}, so the JavaFX runtime can come from the
 * class path (jar, {@code mvn javafx:run}, jpackage) without module-path flags.
 *
 * <p>No arguments (or only GUI arguments such as image files to open) start the window; a command word or an
 * option starts the CLI over the same services and stores.
 */
public final class Launcher {

    /** The single-instance outcome "this process goes on to show the window". */
    static final Runnable CARRY_ON = () -> { };

    private Launcher() {}

    public static void main(String[] args) {
        StartupTrace.mark("main");
        // The JDK HTTP server (sandbox, OAuth loopback) otherwise delays small answers ~40 ms (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AppDirs dirs = AppDirs.forCurrentUser();
        LogSetup.useLogDirectory(dirs.logs());
        StartupTrace.mark("dirs");
        Cli cli = Cli.standard();
        StartupTrace.mark("cli");
        if (GuiArguments.isGuiLaunch(args, cli)) {
            GuiLauncher.launch(dirs, args);
            return;
        }
        int code = cli.run(args, new CliContext(Console.out(), Console.err(), System.getenv(), dirs, AppInfo.version()));
        Console.out().flush();
        System.exit(code);
    }

    /**
     * Sets up logging (Logback reads its configuration: a few hundred milliseconds) and loads the classes the main
     * window needs while the main thread takes the single-instance lock and starts the JavaFX toolkit.
     */
    static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            LoggerFactory.getLogger(Launcher.class);
            // The heaviest class graphs the first frame needs (measured with --smoke's trace and class-load
            // events): FXML, icons, theme, and the services AppContext builds. Nothing the first frame does not
            // need (HTTP client, image I/O): on two cores, loading it early only slows the window down.
            for (String name : new String[] {"com.google.gson.Gson", "javafx.fxml.FXMLLoader",
                    "org.kordamp.ikonli.javafx.FontIcon", "atlantafx.base.theme.PrimerLight",
                    "io.pindesk.service.AccountService", "io.pindesk.service.PublishingServices",
                    "io.pindesk.ui.signin.SignInViewModel", "io.pindesk.ui.shell.MainViewModel"}) {
                try {
                    Class.forName(name, true, Launcher.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // only an optimisation; the real load reports any problem
                }
            }
        }, "startup-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Takes the single-instance lock. Returns what init() must do with the outcome: nothing for the first
     * instance; exit for a launch that handed its arguments over or could not reach the running one.
     */
    static Runnable acquireInstance(AppDirs dirs, String[] args) {
        SingleInstance.Outcome outcome;
        try {
            outcome = SingleInstance.acquire(dirs.data(), Arrays.asList(args));
        } catch (IOException e) {
            // Without the lock we still run: a second instance is less harmful than no PinDesk at all.
            LoggerFactory.getLogger(Launcher.class).warn("Single-instance check failed: {}", e.toString());
            return CARRY_ON;
        }
        StartupTrace.mark("single-instance");
        if (outcome instanceof SingleInstance.HandedOver) {
            return () -> System.exit(0);
        }
        if (outcome instanceof SingleInstance.Failed failed) {
            return () -> {
                Console.err().println("PinDesk is already running but did not respond (" + failed.reason()
                        + "). Close it, or end its process, and try again.");
                System.exit(1);
            };
        }
        PinDeskApp.handOverInstance(((SingleInstance.Primary) outcome).instance());
        return CARRY_ON;
    }

    /** Kept separate so the CLI path never loads a JavaFX class. */
    static final class GuiLauncher {
        private GuiLauncher() {}

        static void launch(AppDirs dirs, String[] args) {
            warmUpInBackground();
            String noDisplay = GuiArguments.missingDisplay(System.getProperty("os.name", ""), System.getenv());
            if (noDisplay != null && !Boolean.getBoolean("java.awt.headless")) {
                Console.err().println(noDisplay);
                System.exit(1);
            }
            StartupTrace.mark("display");
            // Taking the lock, building the services and starting the JavaFX toolkit all take a while: the lock
            // and then the AppContext (it needs no toolkit) are done beside the toolkit start, on the second core.
            // PinDeskApp.init() waits for both outcomes before anything is shown.
            CompletableFuture<Runnable> instance = new CompletableFuture<>();
            CompletableFuture<AppContext> context = new CompletableFuture<>();
            Thread locker = new Thread(() -> {
                Runnable outcome = acquireInstance(dirs, args);
                instance.complete(outcome);
                if (outcome == CARRY_ON) {
                    try {
                        AppContext built = PinDeskApp.newStandardContext();
                        built.accounts().restoreEarly(built.io()); // the keychain, beside the toolkit start
                        context.complete(built);
                    } catch (RuntimeException | Error e) {
                        context.completeExceptionally(e);
                    }
                }
            }, "single-instance-check");
            locker.setDaemon(true);
            PinDeskApp.awaitInstanceCheck(instance);
            PinDeskApp.useContextBuiltEarly(context);
            locker.start();
            Application.launch(PinDeskApp.class, Arrays.copyOf(args, args.length));
        }
    }
}
