package io.pindesk.api;

import io.pindesk.app.AppInfo;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the one HttpClient 5 configuration PinDesk uses for Pinterest hosts.
 *
 * <ul>
 *   <li>{@code disableAutomaticRetries()}: the default strategy re-sends POSTs on 429/503 and sleeps for an
 *       uncapped Retry-After on the calling thread (oauth-and-keychain.md §0.5). Retrying is our own policy.</li>
 *   <li>No redirects: an API redirect is unexpected, and following it could carry the bearer token elsewhere.</li>
 *   <li>No cookies: the API is stateless and cookies would only leak between accounts.</li>
 * </ul>
 */
public final class HttpClientFactory {

    private HttpClientFactory() {}

    public static CloseableHttpClient create(HttpSettings settings) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        // Pooled connections idle for a while may have been closed by the server or a proxy.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .build();
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(settings.connectionRequestTimeout()))
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(AppInfo.userAgent())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }
}
