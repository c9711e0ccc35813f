package io.pindesk.api;

import java.net.URI;
import java.time.Duration;

/** Client configurations for tests: fast backoff and short timeouts, so failure paths run in milliseconds. */
final class TestClients {

    static final RetryPolicy FAST_RETRIES =
            new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofSeconds(5));

    static final HttpSettings SHORT_TIMEOUTS = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(800),
            Duration.ofSeconds(2), Duration.ofSeconds(10), 8);

    private TestClients() {}

    static PinterestClient.Builder builder(URI base) {
        return PinterestClient.builder(base)
                .tokens(AccessTokenSource.fixed("pina_TESTTOKEN123456"))
                .pacers(Pacers.unspaced(8))
                .retryPolicy(FAST_RETRIES)
                .httpSettings(SHORT_TIMEOUTS);
    }

    static PinterestClient client(URI base) {
        return builder(base).build();
    }
}
