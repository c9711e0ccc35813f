package io.pindesk.ui.common;

import java.net.URI;

/** Opens a web address in the user's browser (a pin's link). The app wires it to {@code HostServices}. */
@FunctionalInterface
public interface BrowserOpener {

    void open(URI address);

    /** For tests and screens without a browser: does nothing. */
    static BrowserOpener none() {
        return address -> { };
    }
}
