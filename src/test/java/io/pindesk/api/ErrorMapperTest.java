package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status and Pinterest code → exception type, as issue 3 lists them. */
class ErrorMapperTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "400 | {\"code\":1,\"message\":\"Invalid URL\"}                 | InvalidRequestException",
        "409 | {\"code\":409,\"message\":\"Board section conflict.\"}    | InvalidRequestException",
        "401 | {\"code\":2,\"message\":\"Authentication failed.\"}       | AuthenticationException",
        "401 | {\"code\":3,\"message\":\"Not enough scopes.\"}           | MissingScopeException",
        "403 | {\"code\":29,\"message\":\"Not permitted.\"}              | ForbiddenException",
        "404 | {\"code\":40,\"message\":\"Board not found.\"}            | NotFoundException",
        "429 | {\"code\":8,\"message\":\"Rate limit.\"}                  | RateLimitedException",
        "429 | {\"code\":8,\"message\":\"Blocked: spam detected\"}       | SpamBlockedException",
        "500 | {\"code\":500,\"message\":\"Internal error\"}             | ServerErrorException",
        "503 | <html>down</html>                                          | ServerErrorException",
    })
    void mapsStatusAndCode(int status, String body, String type) throws Exception {
        ErrorReply reply = ErrorReply.parse(status, body.getBytes(StandardCharsets.UTF_8), "abc123");
        ApiException e = ErrorMapper.map(ApiOperation.PINS_CREATE, reply, null, java.time.Instant.now());
        assertEquals(type, e.getClass().getSimpleName());
        assertEquals(status, e.httpStatus());
        assertEquals("abc123", e.requestId());
        assertTrue(e.getMessage().contains("[request id abc123]"), e.getMessage());
    }

    @Test
    void notFoundResourceComesFromTheCodeElseFromTheOperation() {
        assertEquals(NotFoundException.Resource.PIN, notFound("{\"code\":50,\"message\":\"Pin not found.\"}",
                ApiOperation.BOARDS_GET).resource());
        assertEquals(NotFoundException.Resource.SECTION, notFound("{\"code\":2031,\"message\":\"x\"}",
                ApiOperation.PINS_CREATE).resource());
        assertEquals(NotFoundException.Resource.BOARD, notFound("{\"code\":404,\"message\":\"x\"}",
                ApiOperation.BOARDS_LIST_PINS).resource());
    }

    @Test
    void lenientAboutOddErrorBodies() {
        ErrorReply weird = ErrorReply.parse(400, "{\"code\":\"one\",\"message\":{\"nested\":1},\"status\":\"failure\"}"
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals(null, weird.code());
        assertEquals(null, weird.message());
        assertInstanceOf(InvalidRequestException.class, ErrorMapper.map(ApiOperation.PINS_GET, weird, null, null));
        ErrorReply control = ErrorReply.parse(400, "{\"code\":1,\"message\":\"line\\nbreak\\u0007bell\"}"
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals("line break bell", control.message());
    }

    @Test
    void oneHttpClientPerHost() {
        try (HostClients clients = new HostClients(HttpSettings.STANDARD)) {
            assertSame(clients.forUri(URI.create("https://api.pinterest.com/v5")),
                    clients.forUri(URI.create("https://API.pinterest.com/v5/oauth/token")));
            assertNotSame(clients.forUri(URI.create("https://api.pinterest.com/v5")),
                    clients.forUri(URI.create("https://api-sandbox.pinterest.com/v5")));
            assertNotSame(clients.forUri(URI.create("http://127.0.0.1:8080/v5")),
                    clients.forUri(URI.create("http://127.0.0.1:8081/v5")));
        }
    }

    private static NotFoundException notFound(String body, ApiOperation op) {
        return (NotFoundException) ErrorMapper.map(op, ErrorReply.parse(404, body.getBytes(StandardCharsets.UTF_8),
                null), null, null);
    }
}
