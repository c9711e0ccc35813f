package io.pindesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxResourcesTest {

    private SandboxServer server;
    private SandboxClient api;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().build());
        api = new SandboxClient(server, server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static JsonObject obj(Object... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v instanceof JsonElement e) {
                o.add((String) kv[i], e);
            } else if (v instanceof Boolean b) {
                o.addProperty((String) kv[i], b);
            } else if (v instanceof Number n) {
                o.addProperty((String) kv[i], n);
            } else {
                o.addProperty((String) kv[i], v == null ? null : v.toString());
            }
        }
        return o;
    }

    static JsonObject base64Source(byte[] image, String contentType) {
        return obj("source_type", "image_base64", "content_type", contentType, "data",
                Base64.getEncoder().encodeToString(image));
    }

    /** Follows bookmarks to the end; returns every item. */
    static List<JsonObject> all(SandboxClient c, String path, int pageSize) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        String bookmark = null;
        int pages = 0;
        do {
            String sep = path.contains("?") ? "&" : "?";
            SandboxClient.Reply r = c.get(path + sep + "page_size=" + pageSize
                    + (bookmark == null ? "" : "&bookmark=" + bookmark));
            assertEquals(200, r.status(), r.text());
            JsonObject page = r.json();
            JsonArray items = page.getAsJsonArray("items");
            assertTrue(items.size() <= pageSize);
            items.forEach(i -> out.add(i.getAsJsonObject()));
            bookmark = page.get("bookmark").isJsonNull() ? null : page.get("bookmark").getAsString();
            assertTrue(++pages < 10_000);
        } while (bookmark != null);
        return out;
    }

    private JsonObject board(String name, String privacy) throws Exception {
        SandboxClient.Reply r = api.post("/v5/boards", obj("name", name, "privacy", privacy, "description", "d"));
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    private JsonObject pin(String boardId, String sectionId) throws Exception {
        SandboxClient.Reply r = api.post("/v5/pins", obj("board_id", boardId, "board_section_id", sectionId,
                "title", "A title", "link", "https://example.com/x", "media_source",
                base64Source(TestImages.png(300, 450), "image/png")));
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    @Test
    void demoLibraryHasBoardsSecretsSectionsAndPins() throws Exception {
        List<JsonObject> boards = all(api, "/v5/boards", 250);
        assertEquals(12, boards.size());
        assertEquals(2, boards.stream().filter(b -> b.get("privacy").getAsString().equals("SECRET")).count());
        assertEquals(1, boards.stream().filter(b -> b.get("privacy").getAsString().equals("PROTECTED")).count());
        int total = boards.stream().mapToInt(b -> b.get("pin_count").getAsInt()).sum();
        assertTrue(total >= 200, "a few hundred pins, got " + total);
        assertEquals(total, server.pinCount());
        JsonObject account = api.get("/v5/user_account").json();
        assertEquals("sandbox_pinner", account.get("username").getAsString());
        assertEquals(12, account.get("board_count").getAsInt());
    }

    @Test
    void demoDataIsDeterministic() throws Exception {
        String first = api.get("/v5/pins?page_size=50").text();
        try (SandboxServer other = SandboxServer.start(SandboxConfig.builder().port(0).build())) {
            String token = other.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
            String second = new SandboxClient(other, token).get("/v5/pins?page_size=50").text();
            String port1 = ":" + server.baseUri().getPort() + "/";
            String port2 = ":" + other.baseUri().getPort() + "/";
            assertEquals(first.replace(port1, "/"), second.replace(port2, "/"));
        }
    }

    @Test
    void pagingVisitsEveryPinOnceAtAnyPageSize() throws Exception {
        Set<String> reference = null;
        for (int size : new int[] {1, 7, 25, 250}) {
            List<JsonObject> pins = all(api, "/v5/pins?include_protected_pins=true", size);
            Set<String> ids = new HashSet<>();
            pins.forEach(p -> assertTrue(ids.add(p.get("id").getAsString()), "duplicate at page_size " + size));
            if (reference == null) {
                reference = ids;
                assertEquals(server.pinCount(), ids.size());
            }
            assertEquals(reference, ids);
        }
        JsonObject firstPage = api.get("/v5/pins").json();
        assertEquals(25, firstPage.getAsJsonArray("items").size(), "default page_size is 25");
    }

    @Test
    void pagingSurvivesCreatesAndDeletesBetweenPages() throws Exception {
        JsonObject b = board("Paging", "PUBLIC");
        String boardId = b.get("id").getAsString();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(pin(boardId, null).get("id").getAsString());
        }
        JsonObject page1 = api.get("/v5/boards/" + boardId + "/pins?page_size=2").json();
        assertEquals(created.get(4), page1.getAsJsonArray("items").get(0).getAsJsonObject().get("id").getAsString());
        pin(boardId, null);
        assertEquals(204, api.delete("/v5/pins/" + created.get(2)).status());
        JsonObject page2 = api.get("/v5/boards/" + boardId + "/pins?page_size=2&bookmark="
                + page1.get("bookmark").getAsString()).json();
        assertEquals(List.of(created.get(1), created.get(0)), ids(page2));
        assertTrue(page2.get("bookmark").isJsonNull());
    }

    private static List<String> ids(JsonObject page) {
        List<String> out = new ArrayList<>();
        page.getAsJsonArray("items").forEach(i -> out.add(i.getAsJsonObject().get("id").getAsString()));
        return out;
    }

    @Test
    void badPagingParametersAre400Code1() throws Exception {
        for (String q : new String[] {"page_size=0", "page_size=251", "page_size=abc", "bookmark=%%%", "bookmark=bm90LWEtYm9va21hcms"}) {
            SandboxClient.Reply r = api.get("/v5/boards?" + q.replace("%%%", "%25%25"));
            assertEquals(400, r.status(), q);
            assertEquals(1, r.code(), q);
        }
        assertEquals(250, api.get("/v5/pins?page_size=250").json().getAsJsonArray("items").size());
    }

    @Test
    void boardLifecycleAndErrors() throws Exception {
        JsonObject b = board("Summer", "PUBLIC");
        String id = b.get("id").getAsString();
        assertTrue(id.matches("\\d+"));
        assertEquals("Summer", api.get("/v5/boards/" + id).json().get("name").getAsString());
        SandboxClient.Reply dup = api.post("/v5/boards", obj("name", "summer"));
        assertEquals(400, dup.status());
        assertEquals(1, dup.code());
        assertEquals(400, api.post("/v5/boards", obj("description", "no name")).status());
        assertEquals(400, api.post("/v5/boards", obj("name", "x", "privacy", "FRIENDS")).status());
        assertEquals(400, api.post("/v5/boards", obj("name", "n".repeat(181))).status());
        assertEquals(400, api.post("/v5/boards", "not json").status());
        JsonObject patched = api.patch("/v5/boards/" + id, obj("name", "Summer 2026", "privacy", "SECRET")).json();
        assertEquals("SECRET", patched.get("privacy").getAsString());
        SandboxClient.Reply prot = api.patch("/v5/boards/" + id, obj("privacy", "PROTECTED"));
        assertEquals(400, prot.status(), "PATCH allows only PUBLIC or SECRET");
        JsonObject ads = api.post("/v5/boards", obj("name", "whatever", "is_ads_only", true)).json();
        assertEquals("Ad-only Pins", ads.get("name").getAsString());
        assertEquals("PROTECTED", ads.get("privacy").getAsString());
        assertEquals(204, api.delete("/v5/boards/" + id).status());
        SandboxClient.Reply gone = api.get("/v5/boards/" + id);
        assertEquals(404, gone.status());
        assertEquals(40, gone.code());
        assertEquals(40, api.get("/v5/boards/abc").code());
        assertEquals(404, api.get("/v5/nothing-here").status());
    }

    @Test
    void boardListFiltersByPrivacy() throws Exception {
        assertEquals(2, all(api, "/v5/boards?privacy=SECRET", 25).size());
        assertEquals(1, all(api, "/v5/boards?privacy=PROTECTED", 25).size());
        assertEquals(11, all(api, "/v5/boards?privacy=PUBLIC_AND_SECRET", 25).size());
        assertEquals(400, api.get("/v5/boards?privacy=HIDDEN").status());
    }

    @Test
    void sectionsLifecycleAndErrors() throws Exception {
        String boardId = board("With sections", "PUBLIC").get("id").getAsString();
        SandboxClient.Reply created = api.post("/v5/boards/" + boardId + "/sections", obj("name", "Salads"));
        assertEquals(201, created.status(), created.text());
        String sectionId = created.json().get("id").getAsString();
        assertEquals(409, api.post("/v5/boards/" + boardId + "/sections", obj("name", "salads")).status());
        assertEquals(400, api.post("/v5/boards/" + boardId + "/sections", obj("name", "")).status());
        assertEquals(400, api.post("/v5/boards/" + boardId + "/sections", obj("name", "s".repeat(181))).status());
        assertEquals("Soups", api.patch("/v5/boards/" + boardId + "/sections/" + sectionId, obj("name", "Soups"))
                .json().get("name").getAsString());
        JsonObject p = pin(boardId, sectionId);
        assertEquals(sectionId, p.get("board_section_id").getAsString());
        List<JsonObject> inSection = all(api, "/v5/boards/" + boardId + "/sections/" + sectionId + "/pins", 10);
        assertEquals(1, inSection.size());
        assertEquals(1, all(api, "/v5/boards/" + boardId + "/sections", 10).size());
        SandboxClient.Reply missing = api.get("/v5/boards/" + boardId + "/sections/123/pins");
        assertEquals(404, missing.status());
        assertEquals(2031, missing.code());
        String otherBoard = board("Other", "PUBLIC").get("id").getAsString();
        SandboxClient.Reply wrongBoard = api.post("/v5/pins", obj("board_id", otherBoard, "board_section_id", sectionId,
                "media_source", base64Source(TestImages.png(50, 50), "image/png")));
        assertEquals(2031, wrongBoard.code(), "a section of another board");
        assertEquals(204, api.delete("/v5/boards/" + boardId + "/sections/" + sectionId).status());
        assertEquals(404, api.get("/v5/pins/" + p.get("id").getAsString()).status(), "its pins went with it");
        assertEquals(2031, api.delete("/v5/boards/" + boardId + "/sections/" + sectionId).code());
    }

    @Test
    void pinLifecycleAndErrors() throws Exception {
        String boardId = board("Pins", "PUBLIC").get("id").getAsString();
        JsonObject p = pin(boardId, null);
        String id = p.get("id").getAsString();
        assertEquals("A title", p.get("title").getAsString());
        assertEquals(boardId, p.get("board_id").getAsString());
        assertEquals("image", p.getAsJsonObject("media").get("media_type").getAsString());
        assertNotNull(p.get("dominant_color"));
        assertEquals(p, api.get("/v5/pins/" + id).json());
        JsonObject updated = api.patch("/v5/pins/" + id, obj("title", "New", "description", "desc")).json();
        assertEquals("New", updated.get("title").getAsString());
        assertEquals("https://example.com/x", updated.get("link").getAsString(), "untouched fields stay");
        String other = board("Elsewhere", "PUBLIC").get("id").getAsString();
        assertEquals(other, api.patch("/v5/pins/" + id, obj("board_id", other)).json().get("board_id").getAsString());
        assertEquals(1, all(api, "/v5/boards/" + other + "/pins", 5).size());
        assertEquals(0, all(api, "/v5/boards/" + boardId + "/pins", 5).size());
        for (JsonObject bad : List.of(obj("title", "t".repeat(101)), obj("description", "d".repeat(801)),
                obj("alt_text", "a".repeat(501)), obj("link", "l".repeat(2049)), obj("link", "ftp://x"),
                obj("board_id", "12ab"))) {
            SandboxClient.Reply r = api.patch("/v5/pins/" + id, bad);
            assertEquals(400, r.status(), bad.toString());
            assertEquals(1, r.code());
        }
        SandboxClient.Reply saved = api.post("/v5/pins/" + id + "/save", obj("board_id", boardId));
        assertEquals(201, saved.status(), saved.text());
        assertEquals(id, saved.json().get("parent_pin_id").getAsString());
        assertEquals(boardId, saved.json().get("board_id").getAsString());
        assertEquals(40, api.post("/v5/pins/" + id + "/save", obj("board_id", "999")).code());
        assertEquals(204, api.delete("/v5/pins/" + id).status());
        SandboxClient.Reply gone = api.get("/v5/pins/" + id);
        assertEquals(404, gone.status());
        assertEquals(50, gone.code());
        assertEquals(50, api.delete("/v5/pins/" + id).code());
        assertEquals(50, api.post("/v5/pins/" + id + "/save", obj("board_id", boardId)).code());
    }

    @Test
    void pinCreateValidatesItsFields() throws Exception {
        String boardId = board("Validation", "PUBLIC").get("id").getAsString();
        JsonObject media = base64Source(TestImages.png(40, 60), "image/png");
        assertEquals(400, api.post("/v5/pins", obj("media_source", media)).status(), "board_id required");
        assertEquals(400, api.post("/v5/pins", obj("board_id", boardId)).status(), "media_source required");
        assertEquals(40, api.post("/v5/pins", obj("board_id", "42", "media_source", media)).code());
        assertEquals(400, api.post("/v5/pins", obj("board_id", boardId, "title", "t".repeat(101), "media_source", media))
                .status());
        assertEquals(400, api.post("/v5/pins", obj("board_id", boardId, "media_source",
                obj("source_type", "telepathy"))).status());
        assertEquals(400, api.post("/v5/pins", obj("board_id", boardId, "media_source",
                obj("source_type", "video_id", "media_id", "1"))).status());
        assertEquals(201, api.post("/v5/pins", obj("board_id", boardId, "title", "t".repeat(100), "media_source", media))
                .status(), "exactly at the limit is fine");
    }

    @Test
    void eachOperationNeedsItsScopes() throws Exception {
        SandboxClient readOnly = new SandboxClient(server, server.testApi().mintAccessToken(
                Set.of("boards:read", "pins:read")));
        SandboxClient.Reply r = readOnly.post("/v5/boards", obj("name", "nope"));
        assertEquals(401, r.status());
        assertEquals(3, r.code());
        assertEquals(3, readOnly.get("/v5/user_account").code());
        SandboxClient boardsOnly = new SandboxClient(server, server.testApi().mintAccessToken(Set.of("boards:read")));
        assertEquals(200, boardsOnly.get("/v5/boards").status());
        assertEquals(3, boardsOnly.get("/v5/pins").code(), "pins need boards:read and pins:read");
        SandboxClient pinsOnly = new SandboxClient(server, server.testApi().mintAccessToken(Set.of("pins:read")));
        assertEquals(3, pinsOnly.get("/v5/pins/" + server.library.pins.firstKey()).code());
        SandboxClient.Reply noToken = new SandboxClient(server, null).get("/v5/boards");
        assertEquals(401, noToken.status());
        assertEquals(2, noToken.code());
        assertEquals(2, new SandboxClient(server, "pina_made_up_token").get("/v5/boards").code());
    }

    @Test
    void secretBoardsAndPinsNeedTheSecretScopes() throws Exception {
        String secretId = board("Secret stuff", "SECRET").get("id").getAsString();
        String secretPin = pin(secretId, null).get("id").getAsString();
        SandboxClient plain = new SandboxClient(server, server.testApi().mintAccessToken(
                Set.of("boards:read", "boards:write", "pins:read", "pins:write")));
        assertEquals(40, plain.get("/v5/boards/" + secretId).code(), "invisible without boards:read_secret");
        assertFalse(all(plain, "/v5/boards", 250).stream().anyMatch(b -> b.get("id").getAsString().equals(secretId)));
        assertEquals(50, plain.get("/v5/pins/" + secretPin).code());
        assertFalse(all(plain, "/v5/pins", 250).stream().anyMatch(p -> p.get("id").getAsString().equals(secretPin)));
        SandboxClient.Reply create = plain.post("/v5/boards", obj("name", "Another secret", "privacy", "SECRET"));
        assertEquals(401, create.status());
        assertEquals(3, create.code());
        String publicId = board("Public", "PUBLIC").get("id").getAsString();
        assertEquals(3, plain.patch("/v5/boards/" + publicId, obj("privacy", "SECRET")).code());

        SandboxClient readSecret = new SandboxClient(server, server.testApi().mintAccessToken(
                Set.of("boards:read", "boards:read_secret", "boards:write", "pins:read", "pins:write")));
        assertEquals(200, readSecret.get("/v5/boards/" + secretId).status());
        assertEquals(3, readSecret.patch("/v5/boards/" + secretId, obj("name", "Renamed")).code(),
                "writing a secret board needs boards:write_secret");
        assertEquals(3, readSecret.get("/v5/boards/" + secretId + "/pins").code(), "secret pins need pins:read_secret");
        assertEquals(3, readSecret.delete("/v5/boards/" + secretId).code());

        SandboxClient pinsSecret = new SandboxClient(server, server.testApi().mintAccessToken(
                Set.of("boards:read", "boards:read_secret", "boards:write", "pins:read", "pins:read_secret",
                        "pins:write")));
        assertEquals(200, pinsSecret.get("/v5/pins/" + secretPin).status());
        assertEquals(3, pinsSecret.delete("/v5/pins/" + secretPin).code(), "needs pins:write_secret");
        assertEquals(204, api.delete("/v5/pins/" + secretPin).status());
    }

    @Test
    void pinListFilters() throws Exception {
        String boardId = board("Filters", "PUBLIC").get("id").getAsString();
        String original = pin(boardId, null).get("id").getAsString();
        String repin = api.post("/v5/pins/" + original + "/save", obj("board_id", boardId)).json().get("id").getAsString();
        List<String> repins = all(api, "/v5/pins?pin_filter=exclude_native", 250).stream()
                .map(p -> p.get("id").getAsString()).toList();
        assertEquals(List.of(repin), repins);
        assertFalse(all(api, "/v5/pins?pin_filter=exclude_repins", 250).stream()
                .anyMatch(p -> p.get("id").getAsString().equals(repin)));
        assertEquals(400, api.get("/v5/pins?pin_filter=nonsense").status());
        assertEquals(200, api.get("/v5/pins?creative_types=REGULAR&creative_types=VIDEO").status(),
                "array parameters repeat");
        int withProtected = all(api, "/v5/pins?include_protected_pins=true", 250).size();
        int without = all(api, "/v5/pins", 250).size();
        assertTrue(withProtected > without, "protected board's pins are opt-in");
    }
}
