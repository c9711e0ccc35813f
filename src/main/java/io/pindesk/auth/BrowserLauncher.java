package io.pindesk.auth;

import java.net.URI;

/** Opens a URL in the system browser (the GUI's implementation tries HostServices, Desktop, then OS commands). */
@FunctionalInterface
public interface BrowserLauncher {

    /**
     * @throws Exception when no browser could be started; the sign-in continues, since the URL is always shown
     */
    void open(URI uri) throws Exception;
}
