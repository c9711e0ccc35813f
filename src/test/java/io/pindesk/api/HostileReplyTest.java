package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replies no real Pinterest would send: each becomes a clear {@link ApiException}, never another exception
 * type, a crash or a hang. (The preemptive timeouts guard against hangs; they are not performance assertions.)
 */
class HostileReplyTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    private StubServer stub;
    private PinterestClient client;

    @BeforeEach
    void start() {
        stub = new StubServer();
        client = TestClients.builder(stub.base()).maxResponseBytes(1024 * 1024).build();
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"items\": [",
        "{\"items\": [{\"id\": \"1\"}], \"bookmark\": ",
        "not json at all",
        "{\"items\": \"nope\"}",
        "{\"items\": [\"a string pin\"]}",
        "{\"items\": [{\"id\": {\"nested\": true}}]}",
        "{\"items\": [{\"id\": \"1\", \"media\": \"flat\"}]}",
        "{\"items\": [{\"title\": \"no id\"}]}",
        "{\"bookmark\": \"only\"}",
        "{\"items\": null}",
        "{\"items\": [], \"bookmark\": 42}",
        "[]",
        "null",
        "",
        "{\"items\": []} trailing garbage",
        "{\"items\": [{\"id\": \"1\", \"media\": {\"images\": {\"150x150\": {\"width\": \"wide\", \"url\": \"u\"}}}}]}"
    })
    void malformedOrWrongTypedPagesAreClearErrors(String body) {
        stub.on("GET", "/pins", StubServer.json(200, body));
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> client.pins().page(null));
        assertTrue(e.getMessage().startsWith("The reply"), e.getMessage());
        assertEquals(200, e.httpStatus());
        assertEquals(1, stub.requests().size(), "a malformed reply is not retried");
    }

    @Test
    void wrongTypedObjectFieldsAreClearErrors() {
        stub.on("GET", "/boards/\\d+", StubServer.json(200, "{\"id\":\"1\",\"name\":\"b\",\"pin_count\":\"many\"}"));
        assertThrows(MalformedResponseException.class, () -> client.board("1"));
    }

    @Test
    void htmlInsteadOfJsonOnSuccess() {
        stub.on("GET", "/boards", (r, ex) -> StubServer.send(ex, 200, "text/html; charset=utf-8",
                "<html><body>Welcome to nginx!</body></html>"));
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> client.boards().page(null));
        assertTrue(e.getMessage().contains("text/html instead of JSON"), e.getMessage());
    }

    @Test
    void htmlErrorPageFromAProxy() {
        stub.on("GET", "/boards", (r, ex) -> StubServer.send(ex, 502, "text/html",
                "<html><h1>502 Bad Gateway</h1></html>"));
        ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.boards().page(null));
        assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
        assertTrue(!e.getMessage().contains("<html>"), "raw bodies are not carried");
    }

    @Test
    void enormousReplyIsCutOffAtTheCap() {
        stub.on("GET", "/pins", (r, ex) -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0); // chunked
            try (OutputStream out = ex.getResponseBody()) {
                out.write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
                byte[] pin = "{\"id\":\"1\",\"title\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"},"
                        .getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 200_000; i++) { // about 12 MB
                    out.write(pin);
                }
            } catch (IOException clientHungUp) {
                // expected once the client stops reading
            }
        });
        MalformedResponseException e = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(MalformedResponseException.class, () -> client.pins().page(null)));
        assertTrue(e.getMessage().contains("larger than 1 MB"), e.getMessage());
    }

    @Test
    void enormousErrorBodyIsReadOnlyInPart() {
        stub.on("GET", "/pins", (r, ex) -> StubServer.json(ex, 400, "{\"code\":1,\"message\":\"" + "x".repeat(5_000_000)
                + "\"}"));
        InvalidRequestException e = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(InvalidRequestException.class, () -> client.pins().page(null)));
        assertTrue(e.getMessage().length() < 1000, "message capped, was " + e.getMessage().length());
    }

    @Test
    void truncatedBodyIsAClearErrorAfterRetries() throws IOException {
        try (RawServer raw = new RawServer(RawServer.head(200,
                "Content-Type: application/json\r\nContent-Length: 500\r\n", "{\"items\":[{\"id\":\"1\"}"));
                PinterestClient c = TestClients.client(raw.base())) {
            NetworkException e = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(NetworkException.class, () -> c.pins().page(null)));
            assertTrue(e.getMessage().contains("broke while the reply was arriving"), e.getMessage());
            assertEquals(TestClients.FAST_RETRIES.maxAttempts(), raw.requests());
        }
    }

    @Test
    void aHugeAnnouncedLengthIsNotAllocatedUpFront() throws IOException {
        // The body is read into an array of the announced size only when that is within the cap; a 2 GB claim
        // must not be trusted (it would be an OutOfMemoryError before a single byte arrived).
        try (RawServer raw = new RawServer(RawServer.head(200,
                "Content-Type: application/json\r\nContent-Length: 2000000000\r\n", "{\"items\":[]}"));
                PinterestClient c = TestClients.client(raw.base())) {
            NetworkException e = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(NetworkException.class, () -> c.pins().page(null)));
            assertTrue(e.getMessage().contains("broke while the reply was arriving"), e.getMessage());
        }
    }

    @Test
    void truncatedReplyToACreateIsAnUnknownOutcome() throws IOException {
        try (RawServer raw = new RawServer(RawServer.head(201,
                "Content-Type: application/json\r\nContent-Length: 500\r\n", "{\"id\":\"1\""));
                PinterestClient c = TestClients.client(raw.base())) {
            assertThrows(UnknownOutcomeException.class,
                    () -> c.createPin(NewPin.of("1", new MediaSource.ImageUrl("https://example.com/a.jpg"))));
            assertEquals(1, raw.requests());
        }
    }

    @Test
    void aTricklingReplyHitsTheOverallDeadline() throws IOException {
        RawServer.Behaviour trickle = (s, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("1\r\n{\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 600; i++) {
                out.write("1\r\n \r\n".getBytes(StandardCharsets.US_ASCII)); // whitespace: valid, endless JSON
                out.flush();
                Thread.sleep(100);
            }
        };
        try (RawServer raw = new RawServer(trickle);
                PinterestClient c = TestClients.builder(raw.base()).retryPolicy(RetryPolicy.NONE)
                        .httpSettings(TestClients.SHORT_TIMEOUTS.withRequestDeadline(Duration.ofSeconds(1)))
                        .build()) {
            ApiTimeoutException e = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(ApiTimeoutException.class, () -> c.pins().page(null)));
            assertTrue(e.getMessage().contains("took too long"), e.getMessage());
        }
    }

    @Test
    void redirectsAreNotFollowed() {
        stub.on("GET", "/boards", (r, ex) -> {
            ex.getResponseHeaders().set("Location", "http://127.0.0.1:1/elsewhere");
            StubServer.send(ex, 302, null, "");
        });
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.boards().page(null));
        assertEquals(302, e.httpStatus());
        assertEquals(1, stub.requests().size());
    }

    @Test
    void errorRepliesWithoutJsonStillMapByStatus() {
        stub.on("GET", "/pins/\\d+", (r, ex) -> StubServer.send(ex, 404, "text/plain", "nope"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.pin("5"));
        assertEquals(NotFoundException.Resource.PIN, e.resource());
    }

    @Test
    void notFoundCodesNameTheResource() {
        stub.on("POST", "/pins", StubServer.json(404, "{\"code\":2031,\"message\":\"Sorry! We couldn't find this board section.\"}"));
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> client.createPin(NewPin.of("1", new MediaSource.ImageUrl("https://example.com/a.jpg"))));
        assertEquals(NotFoundException.Resource.SECTION, e.resource());
        assertTrue(e.getMessage().startsWith("The board section was not found"), e.getMessage());
    }

    @Test
    void forbiddenKeepsPinterestsMessage() {
        String trial = "Apps with Trial access may not create Pins in production https://api.pinterest.com - use "
                + "API Sandbox https://api-sandbox.pinterest.com instead.";
        stub.on("POST", "/pins", StubServer.json(403, "{\"code\":29,\"message\":\"" + trial + "\",\"status\":\"failure\"}"));
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> client.createPin(NewPin.of("1", new MediaSource.ImageUrl("https://example.com/a.jpg"))));
        assertEquals(trial, e.pinterestMessage());
        assertTrue(e.getMessage().contains("use API Sandbox"), e.getMessage());
        assertEquals(29, e.pinterestCode());
    }
}
