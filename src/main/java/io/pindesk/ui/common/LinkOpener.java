package io.pindesk.ui.common;

import java.net.URI;

/** Opens a pin's link in the user's browser. The app backs it with {@link BrowserOpener}, off the FX thread. */
@FunctionalInterface
public interface LinkOpener {

    void open(URI address);

    /** For tests and screens without a browser: does nothing. */
    static LinkOpener none() {
        return address -> { };
    }
}
