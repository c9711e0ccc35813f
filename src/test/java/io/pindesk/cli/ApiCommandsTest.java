package io.pindesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import io.pindesk.store.AppDirs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API commands run through {@link Cli#run} with captured streams against an in-process server. */
class ApiCommandsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R'};

    @TempDir
    Path home;

    private HttpServer server;
    private final List<String[]> requests = new CopyOnWriteArrayList<>(); // method, path+query, body, auth
    private final Map<String, String[]> replies = new HashMap<>(); // "METHOD /path" -> status, body
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", ex -> {
            try (ex) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = ex.getRequestURI().getRawPath();
                String query = ex.getRequestURI().getRawQuery();
                requests.add(new String[] {ex.getRequestMethod(), path + (query == null ? "" : "?" + query), body,
                        ex.getRequestHeaders().getFirst("Authorization")});
                String[] reply = replies.getOrDefault(ex.getRequestMethod() + " " + path,
                        new String[] {"404", "{\"code\":40,\"message\":\"Board not found.\"}"});
                byte[] bytes = reply[1].getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                int status = Integer.parseInt(reply[0]);
                ex.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
                if (status != 204) {
                    try (OutputStream o = ex.getResponseBody()) {
                        o.write(bytes);
                    }
                }
            }
        });
        server.start();
        env.put("PINDESK_ACCESS_TOKEN", "pina_clitoken");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v5";
    }

    private void reply(String methodAndPath, int status, String body) {
        replies.put(methodAndPath.replaceFirst(" ", " /v5"), new String[] {Integer.toString(status), body});
    }

    private int run(String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        if (!argv.contains("--help") && !argv.contains("--api-base") && !argv.isEmpty() && !argv.get(0).equals("help")) {
            argv.add("--api-base");
            argv.add(base());
        }
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, AppDirs.under(home), "test");
        return Cli.standard().run(argv.toArray(String[]::new), ctx);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyApiCommandIsRegisteredAndHasHelp() {
        List<String> names = Commands.all().stream().map(Command::name).toList();
        assertTrue(names.containsAll(List.of("boards", "sections", "pins", "pin")), names.toString());
        for (String name : List.of("boards", "sections", "pins", "pin")) {
            out.reset();
            assertEquals(0, run(name, "--help"));
            assertTrue(out().contains("--api-base"), name + ": " + out());
            assertTrue(out().contains("PINDESK_ACCESS_TOKEN"), name);
        }
        assertEquals(0, run("help"));
        assertTrue(out().contains("boards") && out().contains("pin "), out());
    }

    @Test
    void boardsListsAllPagesAsATable() {
        reply("GET /boards", 200, "{\"items\":[{\"id\":\"11\",\"name\":\"Recipes\",\"privacy\":\"PUBLIC\",\"pin_count\":3},"
                + "{\"id\":\"12\",\"name\":\"Gifts\\twith tab\",\"privacy\":\"SECRET\"}],\"bookmark\":null}");
        assertEquals(0, run("boards"));
        String[] lines = out().split("\\R");
        assertEquals(2, lines.length, out());
        assertTrue(lines[0].matches("11\\s+PUBLIC\\s+3\\s+Recipes"), lines[0]);
        assertTrue(lines[1].matches("12\\s+SECRET\\s+-\\s+Gifts with tab"), lines[1]);
        assertEquals("Bearer pina_clitoken", requests.get(0)[3]);
        assertTrue(requests.get(0)[1].contains("page_size=250"));
    }

    @Test
    void boardsJsonIsAnArrayOfBoards() {
        reply("GET /boards", 200, "{\"items\":[{\"id\":\"11\",\"name\":\"Recipes\",\"created_at\":"
                + "\"2020-01-01T20:10:40-00:00\"}],\"bookmark\":null}");
        assertEquals(0, run("boards", "--json", "--privacy", "secret"));
        JsonArray a = JsonParser.parseString(out()).getAsJsonArray();
        JsonObject b = a.get(0).getAsJsonObject();
        assertEquals("11", b.get("id").getAsString());
        assertEquals("PUBLIC", b.get("privacy").getAsString());
        assertEquals("2020-01-01T20:10:40Z", b.get("created_at").getAsString());
        assertTrue(requests.get(0)[1].contains("privacy=SECRET"));
    }

    @Test
    void boardsCreateUpdateDelete() {
        reply("POST /boards", 201, "{\"id\":\"21\",\"name\":\"New\",\"privacy\":\"SECRET\"}");
        assertEquals(0, run("boards", "create", "--name", "New", "--privacy", "secret", "--description", "d"));
        assertTrue(out().contains("Created board 21"), out());
        JsonObject sent = JsonParser.parseString(requests.get(0)[2]).getAsJsonObject();
        assertEquals("SECRET", sent.get("privacy").getAsString());
        assertEquals("d", sent.get("description").getAsString());

        reply("PATCH /boards/21", 200, "{\"id\":\"21\",\"name\":\"Renamed\",\"privacy\":\"PUBLIC\"}");
        assertEquals(0, run("boards", "update", "21", "--name", "Renamed", "--privacy", "PUBLIC"));
        assertTrue(out().contains("Updated board 21"), out());

        reply("DELETE /boards/21", 204, "");
        assertEquals(0, run("boards", "delete", "21"));
        assertTrue(out().contains("Deleted board 21"), out());
        assertEquals(3, requests.size());
    }

    @Test
    void boardUsageErrorsSendNothing() {
        assertEquals(2, run("boards", "update", "21", "--privacy", "PROTECTED"));
        assertTrue(err().contains("PUBLIC or SECRET"), err());
        assertEquals(2, run("boards", "update", "21"));
        assertEquals(2, run("boards", "create"));
        assertEquals(2, run("boards", "delete"));
        assertEquals(2, run("boards", "delete", "abc"));
        assertTrue(err().contains("digits"), err());
        assertEquals(2, run("boards", "frobnicate"));
        assertEquals(0, requests.size());
    }

    @Test
    void sectionsAndPins() {
        reply("GET /boards/11/sections", 200, "{\"items\":[{\"id\":\"31\",\"name\":\"Salads\"}],\"bookmark\":null}");
        assertEquals(0, run("sections", "--board", "11"));
        assertTrue(out().matches("31\\s+Salads\\R"), out());

        out.reset();
        reply("GET /boards/11/sections/31/pins", 200, "{\"items\":[{\"id\":\"41\",\"title\":\"Tart\",\"created_at\":"
                + "\"2025-01-02T03:04:05Z\"},{\"id\":\"42\"}],\"bookmark\":\"more\"}");
        assertEquals(0, run("pins", "--board", "11", "--section", "31", "--limit", "2"));
        String[] lines = out().split("\\R");
        assertEquals(2, lines.length, out());
        assertTrue(lines[0].matches("41\\s+2025-01-02T03:04:05Z\\s+Tart"), lines[0]);
        assertTrue(requests.get(1)[1].contains("page_size=2"), requests.get(1)[1]);
        assertEquals(2, requests.size(), "the limit stops paging");

        out.reset();
        reply("GET /boards/11/pins", 200, "{\"items\":[{\"id\":\"41\"}],\"bookmark\":null}");
        assertEquals(0, run("pins", "--board", "11", "--json"));
        assertEquals("41", JsonParser.parseString(out()).getAsJsonArray().get(0).getAsJsonObject().get("id")
                .getAsString());
    }

    @Test
    void apiFailuresAreOneLineWithExitCode1() {
        assertEquals(1, run("pins", "--board", "99"));
        assertTrue(err().contains("The board was not found"), err());
        assertTrue(err().contains("code 40"), err());
        assertEquals(1, err().split("\\R").length, err());
    }

    @Test
    void missingTokenAndBadApiBase() {
        env.remove("PINDESK_ACCESS_TOKEN");
        assertEquals(1, run("boards"));
        assertTrue(err().contains("PINDESK_ACCESS_TOKEN"), err());
        env.put("PINDESK_ACCESS_TOKEN", "pina_x");
        assertEquals(2, run("boards", "--api-base", "ftp://example.com"));
        assertEquals(2, run("sections"));
        assertEquals(0, requests.size());
    }

    @Test
    void pinCreateFromAPngFileSendsBase64() throws IOException {
        Path file = home.resolve("tart.jpg"); // the name lies; the bytes decide
        BufferedImage transparent = new BufferedImage(40, 60, BufferedImage.TYPE_INT_ARGB);
        transparent.setRGB(0, 0, 0x80FF0000); // a see-through pixel keeps it a PNG
        ImageIO.write(transparent, "png", file.toFile());
        reply("POST /pins", 201, "{\"id\":\"51\",\"title\":\"Tart\"}");
        assertEquals(0, run("pin", "create", "--board", "11", "--image", file.toString(), "--title", "Tart",
                "--alt-text", "A tart", "--section", "31", "--link", "https://example.com/"));
        assertTrue(out().contains("Created pin 51 on board 11"), out());
        JsonObject sent = JsonParser.parseString(requests.get(0)[2]).getAsJsonObject();
        JsonObject media = sent.getAsJsonObject("media_source");
        assertEquals("image_base64", media.get("source_type").getAsString());
        assertEquals("image/png", media.get("content_type").getAsString());
        byte[] data = Base64.getDecoder().decode(media.get("data").getAsString());
        assertEquals(40, ImageIO.read(new java.io.ByteArrayInputStream(data)).getWidth());
        assertTrue(java.util.Arrays.equals(PNG, 0, 8, data, 0, 8), "sent as PNG bytes");
        assertTrue(err().contains("only 40 px wide"), "the pipeline's warnings are shown: " + err());
        assertEquals("31", sent.get("board_section_id").getAsString());
        assertEquals("A tart", sent.get("alt_text").getAsString());
    }

    @Test
    void pinCreateConvertsABmpToJpegLikeTheComposer() throws IOException {
        Path file = home.resolve("photo.bmp");
        BufferedImage bmp = new BufferedImage(700, 900, BufferedImage.TYPE_INT_RGB);
        bmp.setRGB(10, 10, 0x336699);
        assertTrue(ImageIO.write(bmp, "bmp", file.toFile()));
        reply("POST /pins", 201, "{\"id\":\"53\"}");
        assertEquals(0, run("pin", "create", "--board", "11", "--image", file.toString()), err());
        JsonObject media = JsonParser.parseString(requests.get(0)[2]).getAsJsonObject()
                .getAsJsonObject("media_source");
        assertEquals("image/jpeg", media.get("content_type").getAsString());
        byte[] data = Base64.getDecoder().decode(media.get("data").getAsString());
        assertEquals((byte) 0xFF, data[0]);
        assertEquals((byte) 0xD8, data[1]);
        assertEquals(900, ImageIO.read(new java.io.ByteArrayInputStream(data)).getHeight());
        assertTrue(err().contains("Converted from BMP"), err());
    }

    @Test
    void pinCreateFromUrl() {
        reply("POST /pins", 201, "{\"id\":\"52\"}");
        assertEquals(0, run("pin", "create", "--board", "11", "--image-url", "https://example.com/a.jpg", "--json"));
        assertEquals("52", JsonParser.parseString(out()).getAsJsonObject().get("id").getAsString());
        JsonObject media = JsonParser.parseString(requests.get(0)[2]).getAsJsonObject().getAsJsonObject("media_source");
        assertEquals("image_url", media.get("source_type").getAsString());
    }

    @Test
    void pinCreateRefusesWhatPinterestWouldRefuse() throws IOException {
        Path gif = home.resolve("anim.png");
        Files.write(gif, "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, run("pin", "create", "--board", "11", "--image", gif.toString()));
        assertTrue(err().contains("anim.png"), "a broken GIF is refused naming the file: " + err());
        Path heic = home.resolve("photo.jpg");
        Files.write(heic, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f',
            '1', 'h', 'e', 'i', 'c'});
        assertEquals(1, run("pin", "create", "--board", "11", "--image", heic.toString()));
        assertTrue(err().contains("HEIC"), err());
        assertEquals(1, run("pin", "create", "--board", "11", "--image", home.resolve("missing.png").toString()));
        assertTrue(err().contains("no such file"), err());
        assertEquals(2, run("pin", "create", "--board", "11"));
        assertTrue(err().contains("exactly one of --image"), err());
        assertEquals(2, run("pin", "create", "--board", "11", "--image-url", "https://e.com/a.jpg", "--title",
                "t".repeat(101)));
        assertTrue(err().contains("title is longer than 100"), err());
        assertEquals(2, run("pin", "create", "--board", "11", "--image-url", "file:///etc/passwd"));
        assertTrue(err().contains("http(s) URL"), err());
        assertEquals(2, run("pin", "publish"));
        assertEquals(0, requests.size());
    }

    @Test
    void pinCreateWithALostReplyChecksTheBoardInsteadOfResending() {
        server.removeContext("/");
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            requests.add(new String[] {ex.getRequestMethod(), path, "", ""});
            if (ex.getRequestMethod().equals("POST")) {
                ex.close(); // the connection drops: no reply
                return;
            }
            byte[] b = "{\"items\":[{\"id\":\"61\",\"title\":\"Lost\"}],\"bookmark\":null}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
        assertEquals(0, run("pin", "create", "--board", "11", "--image-url", "https://e.com/a.jpg", "--title", "Lost"));
        assertTrue(out().contains("Created pin 61"), out());
        assertTrue(err().contains("reply was lost"), err());
        assertEquals(1, requests.stream().filter(r -> r[0].equals("POST")).count(), "sent exactly once");
        assertFalse(requests.stream().filter(r -> r[0].equals("GET")).toList().isEmpty());
    }
}
