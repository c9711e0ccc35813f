package io.pindesk.media;

import java.net.URI;
import java.util.Locale;

/** Small helpers for showing and checking web addresses in user-facing messages. */
final class WebAddresses {

    private static final int SHOWN = 80;

    private WebAddresses() {}

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && uri.getHost() != null
                && ("http".equals(scheme.toLowerCase(Locale.ROOT)) || "https".equals(scheme.toLowerCase(Locale.ROOT)));
    }

    /** The address shortened for a message; the query is left out (it may carry signatures or tokens). */
    static String shown(URI uri) {
        String text = uri.getScheme() != null && uri.getHost() != null
                ? uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                        + (uri.getRawPath() == null ? "" : uri.getRawPath())
                : uri.toString();
        return shorten(text);
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN - 1) + "…";
    }
}
