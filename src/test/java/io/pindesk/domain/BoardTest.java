package io.pindesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoardTest {

    private static Board board(String cover, List<String> thumbnails) {
        return new Board("1", "B", null, null, null, null, null, null, null, null, cover, thumbnails, false);
    }

    @Test
    void aBoardIsShownWithItsCoverElseItsFirstPinElseNothing() {
        assertEquals("https://i/cover.jpg", board("https://i/cover.jpg", List.of("https://i/p1.jpg")).displayImageUrl());
        assertEquals("https://i/p1.jpg", board(null, List.of("https://i/p1.jpg", "https://i/p2.jpg")).displayImageUrl());
        assertNull(board(null, null).displayImageUrl());
    }
}
