package io.pindesk.auth;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * One registered loopback redirect URI, kept byte for byte as the user registered it (Pinterest compares
 * exactly), with what the listener needs: the port, the callback path and the loopback addresses to bind.
 */
public final class RedirectUri {

    /** The URIs a user registers in the Pinterest app console, tried in this order. */
    public static final List<String> DEFAULTS = List.of("http://localhost:8085/", "http://localhost:8086/", "http://localhost:8087/");

    private final String text;
    private final String host;
    private final int port;
    private final String path;

    private RedirectUri(String text, String host, int port, String path) {
        this.text = text;
        this.host = host;
        this.port = port;
        this.path = path;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong (the value itself is not secret)
     */
    public static RedirectUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The redirect URI is empty");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The redirect URI " + text + " is not a valid address");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("The redirect URI " + text + " must start with http:// (it never leaves this computer)");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!host.equals("localhost") && !host.equals("127.0.0.1") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("The redirect URI " + text + " must point to localhost, 127.0.0.1 or [::1]");
        }
        if (uri.getPort() < 1 || uri.getPort() > 65535) {
            throw new IllegalArgumentException("The redirect URI " + text + " needs an explicit port, e.g. http://localhost:8085/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The redirect URI " + text + " must not contain a query, fragment or user name");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new RedirectUri(text, host, uri.getPort(), path);
    }

    public static List<RedirectUri> parseAll(List<String> texts) {
        return texts.stream().map(RedirectUri::parse).toList();
    }

    /** Exactly as registered: this string goes into the authorization and token requests. */
    public String text() {
        return text;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The callback path the listener serves (the URI's path, "/" when empty). */
    public String path() {
        return path;
    }

    /** {@code localhost} may resolve to either family, so it needs both loopback addresses (RFC 8252 §7.3). */
    public boolean needsBothFamilies() {
        return host.equals("localhost");
    }

    /** The loopback addresses to listen on: never a wildcard address. */
    public List<InetAddress> bindAddresses() {
        return switch (host) {
            case "localhost" -> List.of(IPV4_LOOPBACK, IPV6_LOOPBACK);
            case "[::1]" -> List.of(IPV6_LOOPBACK);
            default -> List.of(IPV4_LOOPBACK);
        };
    }

    static final InetAddress IPV4_LOOPBACK = literal(new byte[] {127, 0, 0, 1});
    static final InetAddress IPV6_LOOPBACK = literal(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});

    private static InetAddress literal(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedirectUri r && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
