package io.pindesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version, as stamped into the jar by the build. */
public final class AppInfo {

    public static final String NAME = "PinDesk";

    private static final String VERSION = loadVersion();

    private AppInfo() {}

    public static String version() {
        return VERSION;
    }

    public static String userAgent() {
        return NAME + "/" + VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the development marker
        }
        return "dev";
    }
}
