package io.pindesk.logging;

import java.nio.file.Path;

/**
 * Points Logback's rolling file at PinDesk's log directory. Must run before the first logger is
 * created, which is why {@code Launcher} calls it first thing.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "pindesk.logDir";

    private LogSetup() {}

    public static void useLogDirectory(Path logs) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logs.toAbsolutePath().toString());
        }
    }
}
