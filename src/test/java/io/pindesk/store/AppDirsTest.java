package io.pindesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void pindeskHomePutsEverythingUnderOneFolder() {
        AppDirs dirs = AppDirs.resolve(null, Map.of("PINDESK_HOME", "/tmp/pd"), "Linux", "/home/ann");
        assertEquals(Path.of("/tmp/pd/config"), dirs.config());
        assertEquals(Path.of("/tmp/pd/data"), dirs.data());
        assertEquals(Path.of("/tmp/pd/cache"), dirs.cache());
        assertEquals(Path.of("/tmp/pd/logs"), dirs.logs());
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        AppDirs dirs = AppDirs.resolve("/tmp/prop", Map.of("PINDESK_HOME", "/tmp/env"), "Linux", "/home/ann");
        assertEquals(Path.of("/tmp/prop/data"), dirs.data());
    }

    @Test
    void linuxFollowsXdg() {
        AppDirs defaults = AppDirs.resolve(null, Map.of(), "Linux", "/home/ann");
        assertEquals(Path.of("/home/ann/.config/pindesk"), defaults.config());
        assertEquals(Path.of("/home/ann/.local/share/pindesk"), defaults.data());
        assertEquals(Path.of("/home/ann/.cache/pindesk"), defaults.cache());
        assertEquals(Path.of("/home/ann/.local/state/pindesk/logs"), defaults.logs());

        AppDirs custom = AppDirs.resolve(null, Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat",
                "XDG_CACHE_HOME", "/cch", "PINDESK_HOME", " "), "Linux", "/home/ann");
        assertEquals(Path.of("/cfg/pindesk"), custom.config());
        assertEquals(Path.of("/dat/pindesk"), custom.data());
        assertEquals(Path.of("/cch/pindesk"), custom.cache());
    }

    @Test
    void macAndWindowsUseTheirConventionalFolders() {
        AppDirs mac = AppDirs.resolve(null, Map.of(), "Mac OS X", "/Users/ann");
        assertEquals(Path.of("/Users/ann/Library/Application Support/PinDesk"), mac.data());
        assertEquals(Path.of("/Users/ann/Library/Caches/PinDesk"), mac.cache());

        AppDirs win = AppDirs.resolve(null, Map.of("APPDATA", "/c/Users/ann/AppData/Roaming",
                "LOCALAPPDATA", "/c/Users/ann/AppData/Local"), "Windows 11", "/c/Users/ann");
        assertEquals(Path.of("/c/Users/ann/AppData/Roaming/PinDesk"), win.data());
        assertEquals(Path.of("/c/Users/ann/AppData/Local/PinDesk/Cache"), win.cache());
    }
}
