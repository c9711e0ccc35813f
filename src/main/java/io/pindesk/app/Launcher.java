package io.pindesk.app;

import io.pindesk.cli.Cli;
import io.pindesk.cli.CliContext;
import io.pindesk.cli.Console;
import io.pindesk.logging.LogSetup;
import io.pindesk.store.AppDirs;
import java.io.IOException;
import java.util.Arrays;
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

    private Launcher() {}

    public static void main(String[] args) {
        // The JDK HTTP server (sandbox, OAuth loopback) otherwise delays small answers ~40 ms (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AppDirs dirs = AppDirs.forCurrentUser();
        LogSetup.useLogDirectory(dirs.logs());
        Cli cli = Cli.standard();
        if (GuiArguments.isGuiLaunch(args, cli)) {
            GuiLauncher.launch(dirs, args);
            return;
        }
        int code = cli.run(args, new CliContext(Console.out(), Console.err(), System.getenv(), dirs, AppInfo.version()));
        Console.out().flush();
        System.exit(code);
    }

    /** Kept separate so the CLI path never loads a JavaFX class. */
    static final class GuiLauncher {
        private GuiLauncher() {}

        static void launch(AppDirs dirs, String[] args) {
            String noDisplay = GuiArguments.missingDisplay(System.getProperty("os.name", ""), System.getenv());
            if (noDisplay != null && !Boolean.getBoolean("java.awt.headless")) {
                Console.err().println(noDisplay);
                System.exit(1);
            }
            SingleInstance.Outcome outcome;
            try {
                outcome = SingleInstance.acquire(dirs.data(), Arrays.asList(args));
            } catch (IOException e) {
                // Without the lock we still run: a second instance is less harmful than no PinDesk at all.
                LoggerFactory.getLogger(Launcher.class).warn("Single-instance check failed: {}", e.toString());
                outcome = null;
            }
            if (outcome instanceof SingleInstance.HandedOver) {
                System.exit(0);
            }
            if (outcome instanceof SingleInstance.Failed failed) {
                Console.err().println("PinDesk is already running but did not respond (" + failed.reason()
                        + "). Close it, or end its process, and try again.");
                System.exit(1);
            }
            if (outcome instanceof SingleInstance.Primary primary) {
                PinDeskApp.handOverInstance(primary.instance());
            }
            Application.launch(PinDeskApp.class, Arrays.copyOf(args, args.length));
        }
    }
}
