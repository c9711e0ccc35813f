package io.pindesk.sandbox;

import static io.pindesk.sandbox.SandboxResourcesTest.base64Source;
import static io.pindesk.sandbox.SandboxResourcesTest.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxPersistenceTest {

    @TempDir
    Path dir;

    private SandboxConfig config(SandboxSeed seed) {
        return SandboxConfig.builder().dataDir(dir).seed(seed).build();
    }

    @Test
    void libraryTokensAndImagesSurviveARestart() throws Exception {
        String token;
        String secret;
        String boardId;
        String pinId;
        JsonObject pinBefore;
        byte[] original = TestImages.png(320, 240);
        try (SandboxServer s = SandboxServer.start(config(SandboxSeed.demo()))) {
            token = s.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
            secret = s.clientSecret();
            SandboxClient api = new SandboxClient(s, token);
            boardId = api.post("/v5/boards", obj("name", "Keep me", "privacy", "SECRET")).json().get("id").getAsString();
            api.post("/v5/boards/" + boardId + "/sections", obj("name", "Part one"));
            pinBefore = api.post("/v5/pins", obj("board_id", boardId, "title", "Kept",
                    "media_source", base64Source(original, "image/png"))).json();
            pinId = pinBefore.get("id").getAsString();
            api.patch("/v5/pins/" + pinId, obj("description", "edited"));
        }
        try (SandboxServer s = SandboxServer.start(config(SandboxSeed.empty()))) {
            assertEquals(secret, s.clientSecret(), "the registered client stays the same");
            SandboxClient api = new SandboxClient(s, token);
            SandboxClient.Reply pin = api.get("/v5/pins/" + pinId);
            assertEquals(200, pin.status(), "the token and the pin survived: " + pin.text());
            assertEquals("edited", pin.json().get("description").getAsString());
            assertEquals("Kept", pin.json().get("title").getAsString());
            assertEquals("SECRET", api.get("/v5/boards/" + boardId).json().get("privacy").getAsString());
            assertEquals(1, SandboxResourcesTest.all(api, "/v5/boards/" + boardId + "/sections", 10).size());
            assertEquals(13, SandboxResourcesTest.all(api, "/v5/boards", 250).size(), "seed applies only once");
            String url = pin.json().getAsJsonObject("media").getAsJsonObject("images").getAsJsonObject("originals")
                    .get("url").getAsString();
            SandboxClient.Reply bytes = api.raw(api.request(url).GET());
            assertArrayEquals(original, bytes.raw().body());
            String newBoard = api.post("/v5/boards", obj("name", "After restart")).json().get("id").getAsString();
            assertTrue(Long.parseLong(newBoard) > Long.parseLong(pinId), "ids keep increasing");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp files left");
        }
    }

    @Test
    void oneSandboxPerDataFolder() throws Exception {
        try (SandboxServer first = SandboxServer.start(config(SandboxSeed.empty()))) {
            IOException e = assertThrows(IOException.class, () -> SandboxServer.start(config(SandboxSeed.empty())));
            assertTrue(e.getMessage().contains("in use by another running sandbox"), e.getMessage());
            assertEquals(0, first.boardCount());
        }
        try (SandboxServer again = SandboxServer.start(config(SandboxSeed.empty()))) {
            assertEquals(0, again.boardCount(), "closing released the folder");
        }
    }

    @Test
    void stateHoldsNoUsableToken() throws Exception {
        String token;
        try (SandboxServer s = SandboxServer.start(config(SandboxSeed.empty()))) {
            token = s.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
        }
        String state = Files.readString(dir.resolve("state.json"));
        assertFalse(state.contains(token));
        assertFalse(state.contains("pina_"));
    }

    @Test
    void aDamagedLibraryIsReportedNotOverwritten() throws Exception {
        try (SandboxServer s = SandboxServer.start(config(SandboxSeed.empty()))) {
            assertEquals(0, s.boardCount());
        }
        Files.writeString(dir.resolve("state.json"), "{\"boards\": [ {\"id\": ");
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        SandboxConfig onPort = SandboxConfig.builder().dataDir(dir).port(port).build();
        IOException e = assertThrows(IOException.class, () -> SandboxServer.start(onPort));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the failed start released its port");
        }
        assertEquals("{\"boards\": [ {\"id\": ", Files.readString(dir.resolve("state.json")));
    }
}
