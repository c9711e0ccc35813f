package io.pindesk.media;

import java.net.URI;
import java.net.URISyntaxException;
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

    /** Resolves {@code raw} against {@code base}; protocol-relative "//host/x" becomes https. Returns raw when it can't. */
    static String resolve(String raw, String base) {
        String s = raw.strip();
        if (s.startsWith("//")) {
            return base != null && base.regionMatches(true, 0, "http:", 0, 5) ? "http:" + s : "https:" + s;
        }
        URI uri = parseUri(s);
        if (uri == null || uri.getScheme() != null || base == null) {
            return s;
        }
        URI b = parseUri(base.strip());
        if (b == null || !b.isAbsolute()) {
            return s;
        }
        try {
            return b.resolve(uri).toString();
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** A URI, tolerating the unescaped spaces and characters pages and file managers leave in; null if hopeless. */
    static URI parseUri(String s) {
        try {
            return new URI(s.strip().replace(" ", "%20").replace("|", "%7C").replace("\"", "%22")
                    .replace("<", "%3C").replace(">", "%3E").replace("{", "%7B").replace("}", "%7D")
                    .replace("^", "%5E").replace("`", "%60"));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The de-duplication key: scheme and host lower-cased, default port and fragment dropped. */
    static String key(String url) {
        URI u = parseUri(url);
        if (u == null || u.getScheme() == null || u.getHost() == null) {
            return url;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                + (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

}
