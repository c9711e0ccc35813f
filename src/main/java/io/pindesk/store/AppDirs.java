package io.pindesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where PinDesk keeps its files. One root per concern, following each OS's conventions
 * (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 *
 * <p>{@code PINDESK_HOME} (or the {@code pindesk.home} system property, which tests and the
 * surefire configuration use) puts everything under one folder, so tests never touch a real home.
 */
public record AppDirs(Path config, Path data, Path cache, Path logs) {

    public static final String HOME_ENV = "PINDESK_HOME";
    public static final String HOME_PROPERTY = "pindesk.home";

    /** Resolves the directories for this process from its system properties and environment. */
    public static AppDirs forCurrentUser() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** A self-contained layout under one root: used for PINDESK_HOME and by tests. */
    public static AppDirs under(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new AppDirs(r.resolve("config"), r.resolve("data"), r.resolve("cache"), r.resolve("logs"));
    }

    static AppDirs resolve(String homeProperty, Map<String, String> env, String osName, String userHome) {
        Function<String, String> getenv = key -> {
            String v = env.get(key);
            return v == null || v.isBlank() ? null : v;
        };
        String override = homeProperty != null && !homeProperty.isBlank() ? homeProperty : getenv.apply(HOME_ENV);
        if (override != null) {
            return under(Path.of(override));
        }
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(getenv.apply("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(getenv.apply("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            Path app = roaming.resolve("PinDesk");
            Path localApp = local.resolve("PinDesk");
            return new AppDirs(app, app, localApp.resolve("Cache"), localApp.resolve("Logs"));
        }
        if (os.contains("mac")) {
            Path app = home.resolve("Library").resolve("Application Support").resolve("PinDesk");
            return new AppDirs(app, app, home.resolve("Library").resolve("Caches").resolve("PinDesk"),
                    home.resolve("Library").resolve("Logs").resolve("PinDesk"));
        }
        Path config = pathOr(getenv.apply("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("pindesk");
        Path data = pathOr(getenv.apply("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve("pindesk");
        Path cache = pathOr(getenv.apply("XDG_CACHE_HOME"), home.resolve(".cache")).resolve("pindesk");
        Path state = pathOr(getenv.apply("XDG_STATE_HOME"), home.resolve(".local").resolve("state")).resolve("pindesk");
        return new AppDirs(config, data, cache, state.resolve("logs"));
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null ? fallback : Path.of(value);
    }

    /** Creates every directory; returns this for chaining. */
    public AppDirs ensureCreated() throws IOException {
        for (Path p : new Path[] {config, data, cache, logs}) {
            Files.createDirectories(p);
        }
        return this;
    }
}
