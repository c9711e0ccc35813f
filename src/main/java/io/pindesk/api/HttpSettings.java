package io.pindesk.api;

import java.time.Duration;

/**
 * Timeouts and pool size of an HTTP client. Every timeout is explicit so a hung server becomes an error within a
 * known time (oauth-and-keychain.md G.45).
 */
public record HttpSettings(Duration connectTimeout, Duration responseTimeout, Duration connectionRequestTimeout,
        Duration requestDeadline, int maxConnections) {

    /**
     * 10 s to connect, 30 s between bytes of a reply, 10 s to get a pooled connection, 3 min for a whole exchange
     * (a server trickling bytes slowly would otherwise never trip the per-read timeout), and a connection for every
     * read the pacer lets into flight plus a few for writes, so a paced request never queues again for the pool.
     */
    public static final HttpSettings STANDARD = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(10), Duration.ofMinutes(3), Pacers.READS_IN_FLIGHT + 4);

    public HttpSettings {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
        if (!positive(connectTimeout) || !positive(responseTimeout) || !positive(connectionRequestTimeout)
                || !positive(requestDeadline)) {
            // Zero means "wait forever" to HttpClient: exactly what must never happen.
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public HttpSettings withResponseTimeout(Duration timeout) {
        return new HttpSettings(connectTimeout, timeout, connectionRequestTimeout, requestDeadline, maxConnections);
    }

    public HttpSettings withRequestDeadline(Duration deadline) {
        return new HttpSettings(connectTimeout, responseTimeout, connectionRequestTimeout, deadline, maxConnections);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
