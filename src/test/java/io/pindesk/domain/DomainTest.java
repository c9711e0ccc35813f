package io.pindesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainTest {

    @Test
    void scopesParseFromSpacesOrCommasIgnoringUnknownOnes() {
        assertEquals(EnumSet.of(Scope.BOARDS_READ, Scope.PINS_WRITE, Scope.PINS_READ_SECRET),
                Scope.parseList("boards:read,pins:write  pins:read_secret ads:read"));
        assertTrue(Scope.parseList(null).isEmpty());
        assertEquals("boards:write_secret", Scope.BOARDS_WRITE_SECRET.toString());
    }

    @Test
    void pinImagesPickRenditions() {
        Map<String, PinImage> m = new LinkedHashMap<>();
        m.put("150x150", new PinImage("a", 150, 150));
        m.put("600x", new PinImage("c", 600, null));
        m.put("400x300", new PinImage("b", 400, 300));
        PinImages images = new PinImages(m);
        assertEquals("b", images.atLeast(300).orElseThrow().url());
        assertEquals("c", images.atLeast(5000).orElseThrow().url(), "falls back to the widest");
        assertEquals("a", images.thumbnail().orElseThrow().url());
        assertTrue(PinImages.NONE.largest().isEmpty());
    }

    @Test
    void pagesTreatAnEmptyBookmarkAsTheEnd() {
        assertFalse(new Page<>(List.of(), "").hasMore());
        assertTrue(new Page<>(List.of(), "b").hasMore());
    }

    @Test
    void privacyRules() {
        assertFalse(BoardPrivacy.PROTECTED.settableOnUpdate());
        assertTrue(BoardPrivacy.SECRET.needsSecretScopes());
        assertEquals(BoardPrivacy.PUBLIC, Board.of("1", "b", null).privacy());
    }
}
