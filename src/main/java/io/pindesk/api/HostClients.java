package io.pindesk.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * One pooled HTTP client per API host (scheme, host, port), shared by the API client and the token client of that
 * host. The composition root owns one instance and closes it on exit.
 */
public final class HostClients implements AutoCloseable {

    private final HttpSettings settings;
    private final Map<String, CloseableHttpClient> clients = new LinkedHashMap<>();

    public HostClients(HttpSettings settings) {
        this.settings = settings;
    }

    public synchronized CloseableHttpClient forUri(URI uri) {
        String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":"
                + uri.getPort();
        return clients.computeIfAbsent(key, k -> HttpClientFactory.create(settings));
    }

    @Override
    public synchronized void close() {
        for (CloseableHttpClient c : clients.values()) {
            c.close(CloseMode.IMMEDIATE);
        }
        clients.clear();
    }

    /** Closes a single client quietly (helpers that built their own). */
    static void closeQuietly(CloseableHttpClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // nothing useful to do on shutdown
        }
    }
}
