package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.app.AppInfo;
import io.pindesk.domain.Pin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retry policy, rate limits, token renewal and write safety against an in-process server
 * (issue 3 "Behaviour"; oauth-and-keychain.md checklist G).
 */
class ResilienceTest {

    private static final String PIN_JSON = "{\"id\":\"77\",\"title\":\"t\"}";
    private static final String RATE_LIMIT = "{\"code\":8,\"message\":\"This request exceeded a rate limit.\"}";

    private StubServer stub;
    private PinterestClient client;
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        stub = new StubServer();
        client = TestClients.client(stub.base());
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    /** Answers the scripted replies in order, then keeps repeating the last one; records arrival times. */
    private StubServer.Responder script(String... statusAndHeadersAndBody) {
        AtomicInteger i = new AtomicInteger();
        return (r, ex) -> {
            arrivals.add(System.nanoTime());
            String[] parts = statusAndHeadersAndBody[Math.min(i.getAndIncrement(),
                    statusAndHeadersAndBody.length - 1)].split("\\|", 3);
            if (!parts[1].isEmpty()) {
                String[] h = parts[1].split(": ", 2);
                ex.getResponseHeaders().set(h[0], h[1]);
            }
            int status = Integer.parseInt(parts[0]);
            if (status == 204) {
                StubServer.send(ex, 204, null, "");
            } else {
                StubServer.json(ex, status, parts[2]);
            }
        };
    }

    private long gapMillis(int from, int to) {
        return TimeUnit.NANOSECONDS.toMillis(arrivals.get(to) - arrivals.get(from));
    }

    // ---- what every request carries ----------------------------------------------------------------------------

    @Test
    void requestsCarryBearerTokenAndUserAgentAndNoTokenInTheUrl() {
        stub.on("GET", "/pins/\\d+", StubServer.json(200, PIN_JSON));
        client.pin("77");
        StubServer.Recorded r = stub.last();
        assertEquals("Bearer pina_TESTTOKEN123456", r.header("authorization"));
        assertEquals(AppInfo.userAgent(), r.header("user-agent"));
        assertTrue(r.header("user-agent").startsWith("PinDesk/"));
        assertNull(r.rawQuery());
    }

    @Test
    void oneClientServesManyThreadsWithinTheConcurrencyBound() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        stub.on("GET", "/pins/\\d+", (r, ex) -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(5);
            inFlight.decrementAndGet();
            StubServer.json(ex, 200, "{\"id\":\"" + r.path().substring(r.path().lastIndexOf('/') + 1) + "\"}");
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (PinterestClient c = TestClients.builder(stub.base()).pacers(Pacers.unspaced(3)).build()) {
            List<Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String id = Integer.toString(1000 + i);
                ids.add(pool.submit(() -> c.pin(id).id()));
            }
            for (int i = 0; i < 60; i++) {
                assertEquals(Integer.toString(1000 + i), ids.get(i).get(20, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(peak.get() <= 3, "peak " + peak.get());
        assertEquals(60, stub.requests().size());
    }

    // ---- 401: one renewal, one retry ---------------------------------------------------------------------------

    @Test
    void expiredTokenIsRenewedOnceAndTheRequestRetriedOnce() {
        RenewingTokens tokens = new RenewingTokens("pina_old", Optional.of("pina_new"));
        stub.on("GET", "/pins/\\d+", (r, ex) -> {
            if (r.header("authorization").equals("Bearer pina_new")) {
                StubServer.json(ex, 200, PIN_JSON);
            } else {
                StubServer.json(ex, 401, "{\"code\":2,\"message\":\"Authentication failed.\"}");
            }
        });
        try (PinterestClient c = TestClients.builder(stub.base()).tokens(tokens).build()) {
            assertEquals("77", c.pin("77").id());
        }
        assertEquals(1, tokens.renewals.get());
        assertEquals(List.of("Bearer pina_old", "Bearer pina_new"),
                stub.requests().stream().map(r -> r.header("authorization")).toList());
    }

    @Test
    void noRetryWhenTheRenewedTokenIsTheSame() {
        RenewingTokens tokens = new RenewingTokens("pina_old", Optional.of("pina_old"));
        stub.on("GET", "/user_account", StubServer.json(401, "{\"code\":2,\"message\":\"Authentication failed.\"}"));
        try (PinterestClient c = TestClients.builder(stub.base()).tokens(tokens).build()) {
            assertThrows(AuthenticationException.class, c::userAccount);
        }
        assertEquals(1, tokens.renewals.get());
        assertEquals(1, stub.requests().size());
    }

    @Test
    void aSecond401AfterRenewalIsFinal() {
        RenewingTokens tokens = new RenewingTokens("pina_old", Optional.of("pina_new"));
        stub.on("POST", "/pins", StubServer.json(401, "{\"code\":2,\"message\":\"Authentication failed.\"}"));
        try (PinterestClient c = TestClients.builder(stub.base()).tokens(tokens).build()) {
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> c.createPin(NewPin.of("1", new MediaSource.ImageUrl("https://example.com/a.jpg"))));
            assertEquals(401, e.httpStatus());
            assertEquals(2, e.pinterestCode());
            assertEquals("rid-401", e.requestId());
        }
        assertEquals(1, tokens.renewals.get());
        assertEquals(2, stub.requests().size(), "a 401 means nothing was done, so one re-send is safe even for POST");
    }

    @Test
    void missingScopeNamesTheScopesAndDoesNotRefresh() {
        RenewingTokens tokens = new RenewingTokens("pina_old", Optional.of("pina_new"));
        stub.on("POST", "/boards", StubServer.json(401,
                "{\"code\":3,\"message\":\"Your token does not have sufficient permissions.\"}"));
        try (PinterestClient c = TestClients.builder(stub.base()).tokens(tokens).build()) {
            MissingScopeException e = assertThrows(MissingScopeException.class,
                    () -> c.createBoard(new NewBoard("x", null, null)));
            assertEquals(List.of("boards:read", "boards:write"), e.requiredScopes());
            assertTrue(e.getMessage().contains("boards:write"), e.getMessage());
        }
        assertEquals(0, tokens.renewals.get());
    }

    // ---- 429 ----------------------------------------------------------------------------------------------------

    @Test
    void retryAfterSecondsIsHonouredForReads() {
        stub.on("GET", "/pins/\\d+", script("429|Retry-After: 1|" + RATE_LIMIT, "200||" + PIN_JSON));
        assertEquals("77", client.pin("77").id());
        assertEquals(2, arrivals.size());
        assertTrue(gapMillis(0, 1) >= 900, "waited " + gapMillis(0, 1) + " ms for Retry-After: 1");
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        stub.on("GET", "/pins/\\d+", script("429|Retry-After: " + at + "|" + RATE_LIMIT, "200||" + PIN_JSON));
        assertEquals("77", client.pin("77").id());
        // The date has one-second resolution, so the wait is between 1 and 2 seconds.
        assertTrue(gapMillis(0, 1) >= 900, "waited " + gapMillis(0, 1) + " ms");
    }

    @Test
    void aRetryAfterBeyondTheCapIsNotWaitedButReportedWithItsTime() {
        stub.on("GET", "/boards", script("429|Retry-After: 3600|" + RATE_LIMIT));
        Pacers pacers = Pacers.unspaced(2);
        try (PinterestClient c = TestClients.builder(stub.base()).pacers(pacers).build()) {
            long t0 = System.nanoTime();
            RateLimitedException e = assertThrows(RateLimitedException.class, () -> c.boards().page(null));
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) < 3, "did not wait an hour");
            assertEquals(Duration.ofHours(1), e.retryAfter());
            assertTrue(e.retryAt().isAfter(java.time.Instant.now().plusSeconds(3500)));
            assertEquals(8, e.pinterestCode());
        }
        assertEquals(1, stub.requests().size());
        // Other callers are held back at most for the cap, never for the hour.
        Duration held = pacers.forCategory(RateCategory.ORG_READ).currentDelay();
        assertTrue(held.compareTo(TestClients.FAST_RETRIES.maxRetryAfter()) <= 0, held.toString());
    }

    @Test
    void withoutRetryAfterReadsBackOffAFewTimesThenGiveUp() {
        stub.on("GET", "/boards", script("429||" + RATE_LIMIT));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.boards().page(null));
        assertNull(e.retryAfter());
        assertNotNull(e.retryAt());
        assertEquals(TestClients.FAST_RETRIES.maxAttempts(), stub.requests().size());
    }

    @Test
    void aRateLimitHoldsBackOtherCallersOfTheSameCategory() throws Exception {
        stub.on("GET", "/pins/\\d+", script("429|Retry-After: 1|" + RATE_LIMIT, "200||" + PIN_JSON));
        stub.on("GET", "/boards/\\d+", (r, ex) -> {
            arrivals.add(System.nanoTime());
            StubServer.json(ex, 200, "{\"id\":\"5\",\"name\":\"b\"}");
        });
        Pacers shared = Pacers.unspaced(4);
        Pacer reads = shared.forCategory(RateCategory.ORG_READ);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (PinterestClient first = TestClients.builder(stub.base()).pacers(shared).build();
                PinterestClient second = TestClients.builder(stub.base()).pacers(shared).build()) {
            Future<Pin> waiting = other.submit(() -> first.pin("77"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (reads.currentDelay().isZero() && System.nanoTime() < deadline) {
                Thread.sleep(2); // until the 429 has paused the category
            }
            second.board("5"); // another client, another endpoint, same org_read category
            waiting.get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        assertEquals(3, arrivals.size());
        assertTrue(gapMillis(0, 1) >= 800, "the other caller waited " + gapMillis(0, 1) + " ms");
    }

    @Test
    void spamIsNeverRetried() {
        stub.on("GET", "/boards", script("429||{\"code\":8,\"message\":\"Rate limited\",\"message_detail\":"
                + "\"Your request was flagged as spam\"}"));
        assertThrows(SpamBlockedException.class, () -> client.boards().page(null));
        assertEquals(1, stub.requests().size());
    }

    // ---- 5xx ----------------------------------------------------------------------------------------------------

    @Test
    void serverErrorsOnReadsAreRetried() {
        stub.on("GET", "/pins/\\d+", script("503||{}", "500||{\"code\":500,\"message\":\"x\"}", "200||" + PIN_JSON));
        assertEquals("77", client.pin("77").id());
        assertEquals(3, stub.requests().size());
    }

    @Test
    void serverErrorsOnReadsGiveUpAfterTheAttemptBudget() {
        stub.on("GET", "/pins/\\d+", script("502||{}"));
        ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.pin("77"));
        assertTrue(e.isTransient());
        assertEquals(TestClients.FAST_RETRIES.maxAttempts(), stub.requests().size());
    }

    @Test
    void aDeleteWhoseFirstReplyWasLostCountsA404AsDone() {
        stub.on("DELETE", "/boards/\\d+", script("503||{}", "404||{\"code\":40,\"message\":\"Board not found.\"}"));
        client.deleteBoard("5");
        assertEquals(2, stub.requests().size());
        stub.on("DELETE", "/pins/\\d+", script("404||{\"code\":50,\"message\":\"Pin not found.\"}"));
        assertThrows(NotFoundException.class, () -> client.deletePin("6"), "a first-attempt 404 is a real 404");
    }

    @Test
    void cancellingAbortsARequestOnTheWire() throws Exception {
        stub.on("GET", "/boards/1/pins", (r, ex) -> sleep(5000));
        Cancellation cancel = Cancellation.create();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try (PinterestClient c = TestClients.builder(stub.base())
                .httpSettings(TestClients.SHORT_TIMEOUTS.withResponseTimeout(Duration.ofSeconds(30))).build()) {
            Future<Long> walk = one.submit(() -> c.boardPins("1").stream(cancel).count());
            while (stub.requests().isEmpty()) {
                Thread.sleep(5);
            }
            long t0 = System.nanoTime();
            cancel.cancel();
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> walk.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ApiCancelledException.class, e.getCause());
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) < 4, "did not wait for the reply");
        } finally {
            one.shutdownNow();
        }
        assertEquals(1, stub.requests().size(), "a cancelled walk is not retried");
    }

    @Test
    void deletesAreRetriedLikeReads() {
        stub.on("DELETE", "/pins/\\d+", script("503||{}", "204||"));
        client.deletePin("77");
        assertEquals(2, stub.requests().size());
    }

    // ---- writes are sent exactly once --------------------------------------------------------------------------

    @Test
    void postIsSentOnceOn503() {
        stub.on("POST", "/pins", script("503||{}"));
        assertThrows(ServerErrorException.class, () -> client.createPin(aPin()));
        assertEquals(1, stub.requests().size());
    }

    @Test
    void postIsSentOnceOn429EvenWithAShortRetryAfter() {
        stub.on("POST", "/pins", script("429|Retry-After: 1|" + RATE_LIMIT));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.createPin(aPin()));
        assertEquals(Duration.ofSeconds(1), e.retryAfter());
        assertEquals(1, stub.requests().size());
    }

    @Test
    void patchIsSentOnceOn500() {
        stub.on("PATCH", "/pins/\\d+", script("500||{}"));
        assertThrows(ServerErrorException.class,
                () -> client.updatePin("77", new PinChanges("t", null, null, null, null, null)));
        assertEquals(1, stub.requests().size());
    }

    @Test
    void postSentOnceWhenTheConnectionIsResetAndTheOutcomeIsUnknown() throws IOException {
        try (RawServer raw = new RawServer(RawServer.RESET);
                PinterestClient c = TestClients.client(raw.base())) {
            UnknownOutcomeException e = assertThrows(UnknownOutcomeException.class, () -> c.createPin(aPin()));
            assertTrue(e.getMessage().contains("may or may not"), e.getMessage());
            assertEquals(1, raw.requests());
        }
    }

    @Test
    void getIsRetriedAfterAReset() throws IOException {
        try (RawServer raw = new RawServer(RawServer.RESET);
                PinterestClient c = TestClients.client(raw.base())) {
            assertThrows(NetworkException.class, () -> c.pin("1"));
            assertEquals(TestClients.FAST_RETRIES.maxAttempts(), raw.requests());
        }
    }

    @Test
    void aPostThatTimesOutIsAnUnknownOutcome() {
        stub.on("POST", "/pins", (r, ex) -> {
            sleep(2000);
            StubServer.json(ex, 201, PIN_JSON);
        });
        UnknownOutcomeException e = assertThrows(UnknownOutcomeException.class, () -> client.createPin(aPin()));
        assertInstanceOf(java.net.SocketTimeoutException.class, e.getCause());
        assertEquals(1, stub.requests().size());
    }

    @Test
    void aGetThatTimesOutSurfacesAsATimeout() {
        stub.on("GET", "/user_account", (r, ex) -> sleep(2000));
        try (PinterestClient c = TestClients.builder(stub.base())
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ofSeconds(1)))
                .build()) {
            ApiTimeoutException e = assertThrows(ApiTimeoutException.class, c::userAccount);
            assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
        }
        assertEquals(2, stub.requests().size());
    }

    @Test
    void aRefusedConnectionIsANetworkErrorNotAnUnknownOutcome() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (PinterestClient c = TestClients.client(URI.create("http://127.0.0.1:" + port + "/v5"))) {
            NetworkException e = assertThrows(NetworkException.class, () -> c.createPin(aPin()));
            assertEquals(NetworkException.class, e.getClass(), "nothing was sent, so the outcome is known");
            assertTrue(e.getMessage().contains("could not connect"), e.getMessage());
        }
    }

    // ---- reconciling an unknown outcome ------------------------------------------------------------------------

    @Test
    void findCreatedPinFindsTheMatchingNewestPin() {
        stub.on("GET", "/boards/1/pins", StubServer.json(200, "{\"items\":["
                + "{\"id\":\"9\",\"title\":\"Lemon tart\",\"description\":\"other\"},"
                + "{\"id\":\"8\",\"title\":\"Lemon tart\",\"description\":\"Sharp\",\"link\":\"https://e.com/\"},"
                + "{\"id\":\"7\",\"title\":\"Lemon tart\",\"description\":\"Sharp\",\"link\":\"https://e.com/\"}"
                + "],\"bookmark\":null}"));
        NewPin sent = new NewPin("1", null, "Lemon tart", "Sharp", "https://e.com/", null,
                new MediaSource.ImageUrl("https://example.com/a.jpg"));
        assertEquals("8", client.findCreatedPin(sent, 50).orElseThrow().id());
        NewPin other = new NewPin("1", null, "Lime tart", null, null, null,
                new MediaSource.ImageUrl("https://example.com/a.jpg"));
        assertTrue(client.findCreatedPin(other, 50).isEmpty());
        assertEquals("50", stub.last().queryParam("page_size"));
    }

    @Test
    void findCreatedPinIgnoresOldPinsWithTheSameText() {
        stub.on("GET", "/boards/1/pins", StubServer.json(200, "{\"items\":["
                + "{\"id\":\"9\",\"title\":\"Same\",\"created_at\":\"2024-01-01T00:00:00Z\"}],\"bookmark\":null}"));
        NewPin sent = new NewPin("1", null, "Same", null, null, null, new MediaSource.ImageUrl("https://e.com/a.jpg"));
        assertTrue(client.findCreatedPin(sent, java.time.Instant.parse("2026-11-28T12:00:00Z"), 25).isEmpty());
        assertEquals("9", client.findCreatedPin(sent, java.time.Instant.parse("2024-01-01T00:05:00Z"), 25)
                .orElseThrow().id());
    }

    // ---- secrets never leak into errors ------------------------------------------------------------------------

    @Test
    void tokensEchoedByAServerNeverReachExceptionMessages() {
        String canary = "pina_CANARY0123456789abcdef";
        stub.on("GET", "/user_account", StubServer.json(400, "{\"code\":1,\"message\":\"bad token " + canary
                + " Authorization: Bearer " + canary + "\"}"));
        try (PinterestClient c = TestClients.builder(stub.base()).tokens(AccessTokenSource.fixed(canary)).build()) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, c::userAccount);
            assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
            assertFalse(String.valueOf(e.pinterestMessage()).contains("CANARY"));
        }
    }

    private static NewPin aPin() {
        return NewPin.of("1", new MediaSource.ImageUrl("https://example.com/a.jpg"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A token source whose renewal gives a fixed answer and counts calls. */
    private static final class RenewingTokens implements AccessTokenSource {
        final AtomicInteger renewals = new AtomicInteger();
        private volatile String current;
        private final Optional<String> renewed;

        RenewingTokens(String current, Optional<String> renewed) {
            this.current = current;
            this.renewed = renewed;
        }

        @Override
        public String accessToken() {
            return current;
        }

        @Override
        public Optional<String> renewAfterRejection(String rejectedToken) {
            renewals.incrementAndGet();
            renewed.ifPresent(t -> current = t);
            return renewed;
        }
    }
}
