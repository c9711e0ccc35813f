package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.pindesk.domain.BoardPrivacy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request the client builds, for every operation and edge values, is validated against Pinterest's own
 * OpenAPI file (pinterest-v5.md §18). The stub answers with spec-shaped fixtures; what it received is validated.
 */
class ContractTest {

    private static final String BOARD = "549755885175";
    private static final String SECTION = "5027629068296532189";
    private static final String PIN = "813744226420795884";
    private static final String PNG_B64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private static final String JPEG_B64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////////////////////////////8=";

    private OpenApiInteractionValidator validator;
    private StubServer stub;
    private PinterestClient client;

    @BeforeEach
    void start() {
        validator = SpecFile.validator();
        stub = new StubServer();
        stub.on("GET", "/user_account", StubServer.json(200, StubServer.fixture("user_account.json")))
                .on("GET", "/boards", StubServer.json(200, StubServer.fixture("boards_page.json")))
                .on("POST", "/boards", StubServer.json(201, StubServer.fixture("board.json")))
                .on("GET", "/boards/\\d+", StubServer.json(200, StubServer.fixture("board.json")))
                .on("PATCH", "/boards/\\d+", StubServer.json(200, StubServer.fixture("board.json")))
                .on("DELETE", "/boards/\\d+", StubServer.noContent())
                .on("GET", "/boards/\\d+/pins", StubServer.json(200, StubServer.fixture("pins_page.json")))
                .on("GET", "/boards/\\d+/sections", StubServer.json(200, StubServer.fixture("sections_page.json")))
                .on("POST", "/boards/\\d+/sections", StubServer.json(201, StubServer.fixture("section.json")))
                .on("PATCH", "/boards/\\d+/sections/\\d+", StubServer.json(200, StubServer.fixture("section.json")))
                .on("DELETE", "/boards/\\d+/sections/\\d+", StubServer.noContent())
                .on("GET", "/boards/\\d+/sections/\\d+/pins", StubServer.json(200, StubServer.fixture("pins_page.json")))
                .on("GET", "/pins", StubServer.json(200, StubServer.fixture("pins_page.json")))
                .on("POST", "/pins", StubServer.json(201, StubServer.fixture("pin.json")))
                .on("GET", "/pins/\\d+", StubServer.json(200, StubServer.fixture("pin.json")))
                .on("PATCH", "/pins/\\d+", StubServer.json(200, StubServer.fixture("pin.json")))
                .on("DELETE", "/pins/\\d+", StubServer.noContent())
                .on("POST", "/pins/\\d+/save", StubServer.json(201, StubServer.fixture("pin.json")))
                .on("POST", "/oauth/token", StubServer.json(200, StubServer.fixture("token_code.json")))
                .on("POST", "/oauth/token/revoke", StubServer.json(200, "{}"));
        client = PinterestClient.builder(stub.base()).tokens(AccessTokenSource.fixed("pina_contract"))
                .pacers(Pacers.unspaced(4)).build();
    }

    @AfterEach
    void stop() {
        // Both are null when the spec file is absent and the test was skipped in start().
        if (client != null) {
            client.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void userAccount() {
        client.userAccount();
        assertAllValid(1);
    }

    @Test
    void boardListingsWithEveryFilterAndPageSizeEdge() {
        client.boards().page(null);
        for (String filter : List.of("ALL", "PUBLIC", "PROTECTED", "SECRET", "PUBLIC_AND_SECRET")) {
            client.boards(filter).withPageSize(1).page("Ym9va21hcms9Mg==");
        }
        client.boards().withPageSize(250).page("a/b+c=?&d");
        assertAllValid(7);
        assertEquals("a/b+c=?&d", stub.last().queryParam("bookmark"));
        assertEquals("250", stub.last().queryParam("page_size"));
    }

    @Test
    void boardCrudWithPrivacyRules() {
        client.board(BOARD);
        client.createBoard(new NewBoard("Summer recipes", null, null));
        for (BoardPrivacy p : BoardPrivacy.values()) {
            client.createBoard(new NewBoard("Ünïcødé “board” " + p, "desc \n with line", p));
        }
        client.updateBoard(BOARD, new BoardChanges("Renamed", null, null));
        client.updateBoard(BOARD, new BoardChanges(null, "", BoardPrivacy.SECRET));
        client.updateBoard(BOARD, new BoardChanges(null, null, BoardPrivacy.PUBLIC));
        client.deleteBoard(BOARD);
        assertAllValid(9);
    }

    @Test
    void sectionCrudAndListingsAtNameLengthEdges() {
        client.sections(BOARD).withPageSize(1).page(null);
        client.createSection(BOARD, "S");
        client.createSection(BOARD, "x".repeat(180));
        client.updateSection(BOARD, SECTION, "y".repeat(180));
        client.deleteSection(BOARD, SECTION);
        client.sectionPins(BOARD, SECTION).withPageSize(250).page("bm");
        assertAllValid(6);
    }

    @Test
    void pinListingsAndReads() {
        client.boardPins(BOARD).page(null);
        client.boardPins(BOARD).withPageSize(1).page("next");
        client.pins().page(null);
        client.pins().withPageSize(250).page("x");
        client.pin(PIN);
        assertAllValid(5);
    }

    @Test
    void pinCreateFromEveryImageSourceWithFieldsAtTheirLimits() {
        List<MediaSource> sources = List.of(
                new MediaSource.ImageUrl("https://example.com/a.jpg"),
                new MediaSource.ImageBase64("image/png", PNG_B64),
                new MediaSource.ImageBase64("image/jpeg", JPEG_B64),
                new MediaSource.MultipleImageUrls(List.of(
                        new MediaSource.UrlItem("https://example.com/1.jpg", "one", "first", "https://example.com/"),
                        new MediaSource.UrlItem("https://example.com/2.jpg", null, null, null)), null),
                new MediaSource.MultipleImageUrls(List.of(
                        new MediaSource.UrlItem("https://example.com/1.jpg", null, null, null),
                        new MediaSource.UrlItem("https://example.com/2.jpg", null, null, null),
                        new MediaSource.UrlItem("https://example.com/3.jpg", null, null, null),
                        new MediaSource.UrlItem("https://example.com/4.jpg", null, null, null),
                        new MediaSource.UrlItem("https://example.com/5.jpg", null, null, null)), 4),
                new MediaSource.MultipleImageBase64(List.of(
                        new MediaSource.Base64Item("image/png", PNG_B64, "a", "b", "https://example.com/"),
                        new MediaSource.Base64Item("image/jpeg", JPEG_B64, null, null, null)), 0));
        for (MediaSource media : sources) {
            client.createPin(NewPin.of(BOARD, media));
        }
        client.createPin(new NewPin(BOARD, SECTION, "t".repeat(100), "d".repeat(800),
                "https://example.com/" + "l".repeat(2048 - 20), "a".repeat(500),
                new MediaSource.ImageUrl("https://example.com/a.jpg")));
        client.createPin(new NewPin(BOARD, null, "", "", "", "", new MediaSource.ImageBase64("image/png", PNG_B64)));
        // The video seam: a pin from a finished /media upload.
        client.createPin(NewPin.of(BOARD, new MediaSource.VideoId("12345678", "https://example.com/cover.jpg")));
        assertAllValid(sources.size() + 3);
        assertTrue(stub.requests().get(sources.size() + 1).bodyText().contains("\"source_type\":\"image_base64\""));
    }

    @Test
    void pinUpdateDeleteAndSave() {
        client.updatePin(PIN, new PinChanges("t".repeat(100), null, null, null, null, null));
        client.updatePin(PIN, new PinChanges(null, "d".repeat(800), "https://example.com", "a".repeat(500), BOARD,
                SECTION));
        client.deletePin(PIN);
        client.savePin(PIN, BOARD, null);
        client.savePin(PIN, BOARD, SECTION);
        assertAllValid(5);
    }

    @Test
    void tokenEndpointRequests() {
        try (OAuthClient oauth = new OAuthClient(stub.base(), new ClientCredentials("1234567", "s3cr3t"))) {
            oauth.exchangeCode("code-abc", "verifier-" + "v".repeat(40), "http://localhost:8085/");
            oauth.refresh("pinr_refresh", null);
            oauth.refresh("pinr_refresh", "boards:read pins:read");
            oauth.revoke("pina_token", TokenTypeHint.ACCESS_TOKEN);
            oauth.revoke("pinr_token", null);
        }
        // code_verifier (PKCE, defence in depth) and continuous_refresh (pinterest-v5.md §2.4, declared again in
        // 5.28) are deliberate additions the 5.23 spec does not declare; see SpecFile.openObjectsValidator.
        validator = SpecFile.openObjectsValidator();
        assertAllValid(5);
        StubServer.Recorded exchange = stub.requests().get(0);
        assertTrue(exchange.bodyText().contains("continuous_refresh=true"));
        assertTrue(exchange.bodyText().contains("code_verifier=verifier-"));
        assertEquals("application/x-www-form-urlencoded; charset=UTF-8", exchange.header("content-type"));
        assertTrue(exchange.header("authorization").startsWith("Basic "));
        assertEquals(null, exchange.rawQuery(), "nothing of the grant goes into the URL");
    }

    /** Proof that the validator is really checking: requests the client refuses to build fail validation. */
    @Test
    void validatorRejectsWhatTheClientRefusesToSend() {
        assertFalse(validate(new SimpleRequest.Builder(Request.Method.GET, "/v5/boards")
                .withQueryParam("page_size", "251").withHeader("Authorization", "Bearer x").build()).getMessages()
                .isEmpty());
        assertFalse(validate(new SimpleRequest.Builder(Request.Method.POST, "/v5/pins")
                .withContentType("application/json").withHeader("Authorization", "Bearer x")
                .withBody("{\"board_id\":\"1\",\"title\":\"" + "t".repeat(101) + "\"}").build()).getMessages()
                .isEmpty());
        assertFalse(validate(new SimpleRequest.Builder(Request.Method.PATCH, "/v5/boards/1")
                .withContentType("application/json").withHeader("Authorization", "Bearer x")
                .withBody("{\"privacy\":\"PROTECTED\"}").build()).getMessages().isEmpty());
        OpenApiInteractionValidator open = SpecFile.openObjectsValidator();
        assertTrue(open.validateRequest(new SimpleRequest.Builder(Request.Method.POST, "/v5/oauth/token")
                .withContentType("application/x-www-form-urlencoded").withHeader("Authorization", "Basic eDp5")
                .withBody("grant_type=authorization_code&code=abc").build()).hasErrors(), "redirect_uri missing");
        assertTrue(open.validateRequest(new SimpleRequest.Builder(Request.Method.POST, "/v5/oauth/token")
                .withContentType("application/x-www-form-urlencoded").withHeader("Authorization", "Basic eDp5")
                .withBody("grant_type=password&code=abc&redirect_uri=x").build()).hasErrors(), "bad grant_type");
    }

    /** The recorded response fixtures the other tests serve are themselves valid spec responses. */
    @Test
    void fixturesAreValidSpecResponses() {
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("user_account.json", new String[] {"GET", "/v5/user_account", "200"});
        cases.put("boards_page.json", new String[] {"GET", "/v5/boards", "200"});
        cases.put("board.json", new String[] {"GET", "/v5/boards/1", "200"});
        cases.put("sections_page.json", new String[] {"GET", "/v5/boards/1/sections", "200"});
        cases.put("section.json", new String[] {"POST", "/v5/boards/1/sections", "201"});
        cases.put("pins_page.json", new String[] {"GET", "/v5/boards/1/pins", "200"});
        cases.put("pin.json", new String[] {"GET", "/v5/pins/1", "200"});
        // token_code.json is checked by FixtureParsingTest only: the validator refuses the 5.23 token response
        // schema itself ("discriminator 'response_type' must be marked as a required property").
        OpenApiInteractionValidator open = SpecFile.openObjectsValidator();
        cases.forEach((fixture, op) -> {
            ValidationReport report = open.validateResponse(op[1], Request.Method.valueOf(op[0]),
                    com.atlassian.oai.validator.model.SimpleResponse.Builder.status(Integer.parseInt(op[2]))
                            .withContentType("application/json").withBody(StubServer.fixture(fixture)).build());
            assertFalse(report.hasErrors(), () -> fixture + ": " + report);
        });
    }

    private void assertAllValid(int expectedRequests) {
        List<StubServer.Recorded> requests = stub.requests();
        assertEquals(expectedRequests, requests.size(), "requests sent");
        for (StubServer.Recorded r : requests) {
            ValidationReport report = validate(toValidatorRequest(r));
            assertFalse(report.hasErrors(), () -> r.method() + " " + r.path() + "?" + r.rawQuery() + " "
                    + r.bodyText().substring(0, Math.min(300, r.bodyText().length())) + "\n" + report);
        }
    }

    private ValidationReport validate(Request request) {
        ValidationReport report = validator.validateRequest(request);
        return report;
    }

    static Request toValidatorRequest(StubServer.Recorded r) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.method(), r.path());
        for (Map.Entry<String, String> q : r.query()) {
            b.withQueryParam(q.getKey(), q.getValue());
        }
        r.headers().forEach(b::withHeader);
        if (r.body().length > 0) {
            b.withBody(r.bodyText());
        }
        return b.build();
    }
}
