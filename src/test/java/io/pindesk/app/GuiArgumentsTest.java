package io.pindesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.cli.Cli;
import io.pindesk.cli.CliContext;
import io.pindesk.cli.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiArgumentsTest {

    private final Cli cli = new Cli(List.of(new Command() {
        public String name() { return "boards"; }
        public String summary() { return ""; }
        public String help() { return ""; }
        public int run(List<String> args, CliContext ctx) { return 0; }
    }));

    @Test
    void noArgumentsOrSmokeOpenTheWindow() {
        assertTrue(GuiArguments.isGuiLaunch(new String[0], cli));
        assertTrue(GuiArguments.isGuiLaunch(new String[] {"--smoke"}, cli));
    }

    @Test
    void commandsOptionsAndStrayWordsGoToTheCli(@TempDir Path dir) {
        assertFalse(GuiArguments.isGuiLaunch(new String[] {"boards"}, cli));
        assertFalse(GuiArguments.isGuiLaunch(new String[] {"help"}, cli));
        assertFalse(GuiArguments.isGuiLaunch(new String[] {"--version"}, cli));
        assertFalse(GuiArguments.isGuiLaunch(new String[] {"bords"}, cli), "a typo gets 'unknown command'");
    }

    @Test
    void filesAndUrlsOpenTheWindow(@TempDir Path dir) throws Exception {
        Path image = Files.writeString(dir.resolve("tart.jpg"), "x");
        assertTrue(GuiArguments.isGuiLaunch(new String[] {image.toString()}, cli));
        assertTrue(GuiArguments.isGuiLaunch(new String[] {"https://example.test/a.png"}, cli));
    }

    @Test
    void aMissingDisplayIsExplainedOnLinuxOnly() {
        String why = GuiArguments.missingDisplay("Linux", Map.of());
        assertTrue(why.contains("graphical display") && why.contains("pindesk help"), why);
        assertNull(GuiArguments.missingDisplay("Linux", Map.of("DISPLAY", ":0")));
        assertNull(GuiArguments.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertNull(GuiArguments.missingDisplay("Windows 11", Map.of()));
        assertEquals(null, GuiArguments.missingDisplay("Mac OS X", Map.of()));
    }
}
