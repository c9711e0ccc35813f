package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Scope;
import io.pindesk.domain.Section;
import io.pindesk.domain.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spec-shaped recorded replies parse into the domain records, unknown members ignored, missing ones null. */
class FixtureParsingTest {

    private StubServer stub;
    private PinterestClient client;

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

    @Test
    void userAccount() {
        stub.on("GET", "/user_account", StubServer.json(200, StubServer.fixture("user_account.json")));
        UserAccount a = client.userAccount();
        assertEquals("2783136121146311751", a.id());
        assertEquals("lemon_kitchen", a.username());
        assertEquals("BUSINESS", a.accountType());
        assertEquals(339, a.pinCount());
        assertEquals(163, a.monthlyViews());
    }

    @Test
    void boardAndBoardsPage() {
        stub.on("GET", "/boards/\\d+", StubServer.json(200, StubServer.fixture("board.json")))
                .on("GET", "/boards", StubServer.json(200, StubServer.fixture("boards_page.json")));
        Board b = client.board("549755885175");
        assertEquals("Summer recipes", b.name());
        assertEquals(BoardPrivacy.PUBLIC, b.privacy());
        assertEquals("lemon_kitchen", b.ownerUsername());
        assertEquals(Instant.parse("2020-01-01T20:10:40Z"), b.createdAt());
        assertEquals(2, b.pinThumbnailUrls().size());
        assertEquals(17, b.collaboratorCount());

        Page<Board> page = client.boards().page(null);
        assertEquals("Ym9va21hcms9Mg==", page.bookmark());
        assertEquals(2, page.items().size());
        Board secret = page.items().get(1);
        assertEquals(BoardPrivacy.SECRET, secret.privacy());
        assertNull(secret.description());
        assertNull(secret.coverImageUrl());
        assertNull(page.items().get(0).coverImageUrl());
    }

    @Test
    void sections() {
        stub.on("GET", "/boards/\\d+/sections", StubServer.json(200, StubServer.fixture("sections_page.json")));
        Page<Section> page = client.sections("549755885175").page(null);
        assertFalse(page.hasMore());
        assertEquals("Salads", page.items().get(0).name());
        assertEquals("549755885175", page.items().get(0).boardId());
    }

    @Test
    void pinWithImageRenditions() {
        stub.on("GET", "/pins/\\d+", StubServer.json(200, StubServer.fixture("pin.json")));
        Pin p = client.pin("813744226420795884");
        assertEquals("Lemon tart", p.title());
        assertEquals("A lemon tart on a plate", p.altText());
        assertEquals("5027629068296532189", p.sectionId());
        assertEquals("image", p.mediaType());
        assertEquals(4, p.images().renditions().size());
        assertEquals(600, p.images().atLeast(500).orElseThrow().width());
        assertEquals(1200, p.images().largest().orElseThrow().width());
        assertTrue(p.images().thumbnail().orElseThrow().url().contains("150x150"));
    }

    @Test
    void pinsPageWithImageCarouselAndVideo() {
        stub.on("GET", "/boards/\\d+/pins", StubServer.json(200, StubServer.fixture("pins_page.json")));
        Page<Pin> page = client.boardPins("549755885175").page(null);
        assertEquals(3, page.items().size());
        assertEquals(1800, page.items().get(0).images().largest().orElseThrow().height());
        Pin carousel = page.items().get(1);
        assertEquals("multiple_images", carousel.mediaType());
        assertTrue(carousel.images().thumbnail().orElseThrow().url().endsWith("b.jpg"), "first item is the cover");
        Pin video = page.items().get(2);
        assertEquals("video", video.mediaType());
        assertTrue(video.images().isEmpty());
    }

    @Test
    void tokenResponse() {
        stub.on("POST", "/oauth/token", StubServer.json(200, StubServer.fixture("token_code.json")));
        try (OAuthClient oauth = new OAuthClient(stub.base(), new ClientCredentials("1", "secret"))) {
            TokenResponse t = oauth.exchangeCode("code", null, "http://localhost:8085/");
            assertEquals("pina_CANARYACCESS0000000000000000000000", t.accessToken());
            assertEquals("pinr_CANARYREFRESH000000000000000000000", t.refreshToken());
            assertEquals(Duration.ofDays(30), t.expiresIn());
            assertEquals(Duration.ofDays(60), t.refreshTokenExpiresIn());
            assertEquals(Instant.ofEpochSecond(1730227664), t.refreshTokenExpiresAt());
            assertEquals(Set.of(Scope.BOARDS_READ, Scope.BOARDS_WRITE, Scope.PINS_READ, Scope.PINS_WRITE,
                    Scope.USER_ACCOUNTS_READ), t.grantedScopes());
            assertFalse(t.toString().contains("CANARY"), "toString never shows tokens");
        }
    }
}
