package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.domain.BoardPrivacy;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the spec forbids is refused before anything is sent, with a message that says what is wrong. */
class RequestValidationTest {

    private static final MediaSource URL = new MediaSource.ImageUrl("https://example.com/a.jpg");

    @Test
    void idsMustBeDigitsSoNothingCanBeSmuggledIntoAPath() {
        try (StubServer stub = new StubServer(); PinterestClient c = TestClients.client(stub.base())) {
            for (String bad : List.of("", "12a", "../boards", "1/2", "1?x=2", " 1")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.board(bad));
                assertTrue(e.getMessage().contains("digits"), e.getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> c.deletePin(null));
            assertThrows(IllegalArgumentException.class, () -> c.sectionPins("1", "x"));
            assertEquals(0, stub.requests().size());
        }
    }

    @Test
    void pinTextLimitsFromTheSpec() {
        assertThrows(IllegalArgumentException.class, () -> new NewPin("1", null, "t".repeat(101), null, null, null, URL));
        assertThrows(IllegalArgumentException.class, () -> new NewPin("1", null, null, "d".repeat(801), null, null, URL));
        assertThrows(IllegalArgumentException.class, () -> new NewPin("1", null, null, null, "l".repeat(2049), null, URL));
        assertThrows(IllegalArgumentException.class, () -> new NewPin("1", null, null, null, null, "a".repeat(501), URL));
        // limits count characters, not UTF-16 units: 100 emoji are a valid title
        new NewPin("1", null, "😀".repeat(100), null, null, null, URL);
        assertThrows(IllegalArgumentException.class, () -> new PinChanges("t".repeat(101), null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PinChanges(null, null, null, null, null, null));
        assertThrows(NullPointerException.class, () -> new NewPin("1", null, null, null, null, null, null));
    }

    @Test
    void imageSourcesFollowTheSpec() {
        assertThrows(IllegalArgumentException.class, () -> new MediaSource.ImageBase64("image/gif", "R0lG"));
        assertThrows(IllegalArgumentException.class,
                () -> new MediaSource.ImageBase64("image/png", "data:image/png;base64,iVBO"));
        assertThrows(IllegalArgumentException.class, () -> new MediaSource.ImageBase64("image/png", "iVBO\nRw0K"));
        assertThrows(IllegalArgumentException.class, () -> new MediaSource.ImageBase64("image/png", "iVBO-_"));
        assertThrows(IllegalArgumentException.class, () -> new MediaSource.ImageUrl(" "));
        MediaSource.UrlItem item = new MediaSource.UrlItem("https://example.com/1.jpg", null, null, null);
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> new MediaSource.MultipleImageUrls(List.of(item), null));
        assertTrue(one.getMessage().contains("2 to 5"), one.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new MediaSource.MultipleImageUrls(Collections.nCopies(6, item), null));
        assertThrows(IllegalArgumentException.class,
                () -> new MediaSource.MultipleImageUrls(Collections.nCopies(3, item), 3));
        assertEquals(5, new MediaSource.MultipleImageUrls(Collections.nCopies(5, item), 4).items().size());
        assertTrue(MediaSource.ImageBase64.of("image/png", new byte[300]).toString().contains("Base64 characters"),
                "toString does not dump the image");
    }

    @Test
    void boardPrivacyRules() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BoardChanges(null, null, BoardPrivacy.PROTECTED));
        assertTrue(e.getMessage().contains("PUBLIC or SECRET"), e.getMessage());
        new NewBoard("Ads", null, BoardPrivacy.PROTECTED);
        assertThrows(IllegalArgumentException.class, () -> new NewBoard(" ", null, null));
        assertThrows(IllegalArgumentException.class, () -> new BoardChanges(null, null, null));
        try (StubServer stub = new StubServer(); PinterestClient c = TestClients.client(stub.base())) {
            assertThrows(IllegalArgumentException.class, () -> c.boards("EVERYTHING"));
            assertThrows(IllegalArgumentException.class, () -> c.createSection("1", "x".repeat(181)));
            assertThrows(IllegalArgumentException.class, () -> c.createSection("1", ""));
        }
    }

    @Test
    void apiBaseMustBeAnHttpUrl() {
        for (String bad : List.of("ftp://example.com/v5", "file:///etc/passwd", "http:///v5", "https://x/v5?a=b")) {
            assertThrows(IllegalArgumentException.class, () -> PinterestClient.builder(URI.create(bad)), bad);
        }
    }

    @Test
    void retryPolicyBackoffIsCappedAndJittered() {
        RetryPolicy p = RetryPolicy.STANDARD;
        for (int attempt = 1; attempt < 30; attempt++) {
            long ms = p.backoff(attempt).toMillis();
            long step = Math.min(8000, 500L << Math.min(attempt - 1, 20));
            assertTrue(ms >= step / 2 && ms <= step, attempt + ": " + ms);
        }
    }
}
