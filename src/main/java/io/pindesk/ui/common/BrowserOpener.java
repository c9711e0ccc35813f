package io.pindesk.ui.common;

import io.pindesk.service.SystemBrowser;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javafx.application.HostServices;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the consent page in the system browser (never an embedded WebView: RFC 8252): JavaFX HostServices, then
 * java.awt.Desktop, then the OS command ({@code xdg-open}, {@code open}, {@code rundll32}). The sign-in flow calls
 * it from its own thread, never the FX thread: Desktop.browse can block on broken desktop setups.
 * A failure is reported by exception; the address stays on screen with a Copy button either way.
 */
public final class BrowserOpener implements SystemBrowser {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserOpener.class);

    private volatile HostServices hostServices;

    /** Set by the application once it exists. */
    public void useHostServices(HostServices services) {
        this.hostServices = services;
    }

    @Override
    public void open(URI uri) throws IOException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("BrowserOpener must not run on the FX thread");
        }
        HostServices hs = hostServices;
        // On Linux HostServices never reports failure and prints the whole address (with its one-time state) to
        // stderr when no browser starts; Desktop and xdg-open do report it, so the screen can say so.
        if (hs != null && !isLinux()) {
            try {
                hs.showDocument(uri.toString());
                return;
            } catch (RuntimeException e) {
                LOG.info("HostServices could not open the browser: {}", e.getClass().getSimpleName());
            }
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return;
            }
        } catch (IOException | RuntimeException | LinkageError | InternalError e) {
            LOG.info("java.awt.Desktop could not open the browser: {}", e.getClass().getSimpleName());
        }
        new ProcessBuilder(osCommand(uri)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    static List<String> osCommand(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", uri.toString());
        }
        return List.of("xdg-open", uri.toString());
    }
}
