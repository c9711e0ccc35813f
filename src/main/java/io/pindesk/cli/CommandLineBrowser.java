package io.pindesk.cli;

import io.pindesk.service.SystemBrowser;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens the consent page with the OS's own command; the address is printed too, so failing is fine. */
final class CommandLineBrowser implements SystemBrowser {

    @Override
    public void open(URI uri) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString());
        } else if (os.contains("mac")) {
            command = List.of("open", uri.toString());
        } else {
            command = List.of("xdg-open", uri.toString());
        }
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
