package io.pindesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts benchmark processes inside their own D-Bus session with an unlocked gnome-keyring, the way a desktop
 * session provides one, so PinDesk restores a remembered sign-in from a real keychain. The keyring lives under
 * {@code home} (HOME of the started processes), so what one session stores the next one finds. Linux only; empty
 * when {@code dbus-run-session} or {@code gnome-keyring-daemon} is missing.
 */
final class KeychainSession {

    private KeychainSession() {}

    static boolean available() {
        return onPath("dbus-run-session") && onPath("gnome-keyring-daemon");
    }

    /** Command prefix: the rest of the command line runs once the keyring is unlocked (throwaway password). */
    static List<String> prefix() {
        return List.of("dbus-run-session", "--", "sh", "-c",
                "echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec \"$@\"",
                "sh");
    }

    /** The environment the prefix needs: its own HOME (for the keyring file; gnome-keyring needs it to exist). */
    static Map<String, String> env(Path home) throws java.io.IOException {
        Files.createDirectories(home);
        return Map.of("HOME", home.toString());
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
