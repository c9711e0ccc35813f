package io.pindesk.app;

import io.pindesk.cli.Cli;
import io.pindesk.cli.CliContext;
import io.pindesk.logging.LogSetup;
import io.pindesk.store.AppDirs;
import java.util.Arrays;
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
        AppDirs dirs = AppDirs.forCurrentUser();
        LogSetup.useLogDirectory(dirs.logs());
        Cli cli = Cli.standard();
        if (GuiArguments.isGuiLaunch(args, cli)) {
            GuiLauncher.launch(dirs, args);
            return;
        }
        int code = cli.run(args, new CliContext(System.out, System.err, System.getenv(), dirs, AppInfo.version()));
        System.out.flush();
        System.exit(code);
    }

    /** Kept separate so the CLI path never loads a JavaFX class. */
    static final class GuiLauncher {
        private GuiLauncher() {}

        static void launch(AppDirs dirs, String[] args) {
            Application.launch(PinDeskApp.class, Arrays.copyOf(args, args.length));
        }
    }
}
