package io.pindesk.service;

import java.net.URI;

/**
 * Opens the consent page in the user's browser. The GUI supplies one that tries HostServices, Desktop and OS
 * commands; the CLI one runs the OS command. Failing is not fatal: the address is always shown to copy.
 */
@FunctionalInterface
public interface SystemBrowser {

    void open(URI uri) throws Exception;
}
