package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.domain.Pin;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bookmark paging to the end, edge pages, cancellation and protection against servers that never end a list. */
class PagingTest {

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

    /** Serves {@code total} pins; bookmarks are "o<offset>"; page sizes come from the request. */
    static StubServer.Responder pins(int total) {
        return (r, ex) -> StubServer.json(ex, 200, PinPages.page(r, total));
    }

    @Test
    void walksOverTwelveHundredPinsInPagesOfTheRequestedSize() {
        stub.on("GET", "/boards/1/pins", pins(1234));
        List<Pin> all = client.boardPins("1").stream().collect(Collectors.toList());
        assertEquals(1234, all.size());
        assertEquals("1000000000", all.get(0).id());
        assertEquals("1000001233", all.get(1233).id());
        assertEquals(5, stub.requests().size(), "ceil(1234 / 250) requests");
        assertEquals(null, stub.requests().get(0).queryParam("bookmark"));
        assertEquals("o250", stub.requests().get(1).queryParam("bookmark"));
        assertTrue(stub.requests().stream().allMatch(r -> "250".equals(r.queryParam("page_size"))));
    }

    @Test
    void anEmptyPageWithABookmarkIsNotTheEnd() {
        List<String> replies = new ArrayList<>(List.of(
                "{\"items\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"bookmark\":\"b1\"}",
                "{\"items\":[],\"bookmark\":\"b2\"}",
                "{\"items\":[{\"id\":\"3\"}],\"bookmark\":\"b3\"}",
                "{\"items\":[]}"));
        stub.on("GET", "/pins", (r, ex) -> StubServer.json(ex, 200, replies.remove(0)));
        List<String> ids = client.pins().stream().map(Pin::id).collect(Collectors.toList());
        assertEquals(List.of("1", "2", "3"), ids);
        assertEquals(List.of("b1", "b2", "b3"), stub.requests().subList(1, 4).stream()
                .map(r -> r.queryParam("bookmark")).collect(Collectors.toList()));
    }

    @Test
    void aNullBookmarkAndAnEmptyListEndAtOnce() {
        stub.on("GET", "/boards", StubServer.json(200, "{\"items\":[],\"bookmark\":null}"));
        assertEquals(0, client.boards().stream().count());
        assertEquals(1, stub.requests().size());
    }

    @Test
    void takingFewerItemsFetchesNoFurtherPage() {
        stub.on("GET", "/boards/1/pins", pins(1000));
        assertEquals(10, client.boardPins("1").withPageSize(25).stream().limit(10).count());
        assertEquals(1, stub.requests().size());
        assertEquals("25", stub.last().queryParam("page_size"));
    }

    @Test
    void cancellingStopsBeforeTheNextRequest() {
        stub.on("GET", "/boards/1/pins", pins(1000));
        Cancellation cancel = Cancellation.create();
        PageIterator<Pin> it = client.boardPins("1").withPageSize(100).iterator(cancel);
        for (int i = 0; i < 100; i++) {
            it.next();
        }
        cancel.cancel();
        assertThrows(ApiCancelledException.class, it::hasNext);
        assertEquals(1, stub.requests().size());
        assertEquals(1, it.pagesFetched());
    }

    @Test
    void aRepeatedBookmarkStopsWithAnErrorInsteadOfLoopingForever() {
        stub.on("GET", "/pins", StubServer.json(200, "{\"items\":[{\"id\":\"1\"}],\"bookmark\":\"same\"}"));
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> client.pins().stream().count());
        assertTrue(e.getMessage().contains("same page bookmark twice"), e.getMessage());
        assertEquals(2, stub.requests().size());
    }

    @Test
    void endlessEmptyPagesStopWithAnError() {
        int[] n = {0};
        stub.on("GET", "/pins", (r, ex) -> StubServer.json(ex, 200, "{\"items\":[],\"bookmark\":\"b" + (n[0]++) + "\"}"));
        assertThrows(MalformedResponseException.class, () -> client.pins().stream().count());
        assertEquals(PageIterator.MAX_EMPTY_PAGES_IN_A_ROW + 1, stub.requests().size());
    }

    @Test
    void pageSizeOutsideOneTo250IsRefusedBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> client.pins().withPageSize(0));
        assertThrows(IllegalArgumentException.class, () -> client.pins().withPageSize(251));
        assertEquals(1, client.pins().withPageSize(1).pageSize());
        assertEquals(0, stub.requests().size());
    }
}
