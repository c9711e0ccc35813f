package io.pindesk.sandbox;

import static io.pindesk.sandbox.SandboxResourcesTest.base64Source;
import static io.pindesk.sandbox.SandboxResourcesTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxImagesTest {

    private static final long CAP = 200 * 1024;

    private SandboxServer server;
    private SandboxClient api;
    private HttpServer images;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private String boardId;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).maxImageBytes(CAP).build());
        api = new SandboxClient(server, server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES));
        boardId = api.post("/v5/boards", obj("name", "Images")).json().get("id").getAsString();
        // A second local server plays "the web" for image_url.
        images = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        images.createContext("/", ex -> {
            byte[] body = served.get(ex.getRequestURI().getPath());
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                ex.getResponseHeaders().set("Content-Type", "image/jpeg");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
            ex.close();
        });
        images.start();
    }

    @AfterEach
    void stop() {
        images.stop(0);
        server.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + images.getAddress().getPort() + path;
    }

    private SandboxClient.Reply create(JsonObject mediaSource) throws Exception {
        return api.post("/v5/pins", obj("board_id", boardId, "media_source", mediaSource));
    }

    private void assertRefused(JsonObject mediaSource, String expectedWords) throws Exception {
        SandboxClient.Reply r = create(mediaSource);
        assertEquals(400, r.status(), r.text());
        assertEquals(1, r.code());
        assertTrue(r.json().get("message").getAsString().contains(expectedWords), r.text());
    }

    @Test
    void base64ImagesAreChecked() throws Exception {
        byte[] png = TestImages.png(120, 90);
        byte[] jpeg = TestImages.jpeg(120, 90);
        assertRefused(obj("source_type", "image_base64", "content_type", "image/png", "data", ""), "empty");
        assertRefused(base64Source(Arrays.copyOf(png, png.length / 2), "image/png"), "truncated");
        assertRefused(base64Source(Arrays.copyOf(jpeg, jpeg.length - 40), "image/jpeg"), "truncated");
        byte[] gif = "GIF89a-not-supported-here".getBytes();
        assertRefused(base64Source(gif, "image/png"), "not a JPEG or PNG");
        assertRefused(base64Source(jpeg, "image/png"), "content_type is image/png but the data is a JPEG");
        assertRefused(base64Source(png, "image/gif"), "must be image/jpeg or image/png");
        assertRefused(obj("source_type", "image_base64", "content_type", "image/png", "data",
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png)), "plain standard Base64");
        byte[] big = TestImages.encode(1600, 1600, java.awt.Color.RED, "png");
        byte[] noisy = noise(700, 700);
        assertTrue(noisy.length > CAP, "test image must exceed the cap");
        assertRefused(base64Source(noisy, "image/png"), "larger than");
        byte[] broken = png.clone();
        for (int i = 40; i < broken.length - 20; i++) {
            broken[i] = (byte) 0x5A;
        }
        assertRefused(base64Source(broken, "image/png"), "broken");
        assertEquals(201, create(base64Source(big, "image/png")).status());
    }

    private static byte[] noise(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, r.nextInt());
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void imageUrlsAreFetchedAndChecked() throws Exception {
        served.put("/ok.jpg", TestImages.jpeg(640, 480));
        served.put("/empty.jpg", new byte[0]);
        served.put("/html.jpg", "<html>not an image</html>".getBytes());
        served.put("/big.png", noise(700, 700));
        SandboxClient.Reply ok = create(obj("source_type", "image_url", "url", url("/ok.jpg")));
        assertEquals(201, ok.status(), ok.text());
        JsonObject media = ok.json().getAsJsonObject("media");
        assertEquals(640, media.getAsJsonObject("images").getAsJsonObject("originals").get("width").getAsInt());
        assertRefused(obj("source_type", "image_url", "url", "ftp://127.0.0.1/x.jpg"), "http or https");
        assertRefused(obj("source_type", "image_url", "url", "file:///etc/passwd"), "http or https");
        assertRefused(obj("source_type", "image_url", "url", "not a url"), "invalid URL");
        assertRefused(obj("source_type", "image_url", "url", url("/missing.jpg")), "HTTP 404");
        assertRefused(obj("source_type", "image_url", "url", url("/empty.jpg")), "empty");
        assertRefused(obj("source_type", "image_url", "url", url("/html.jpg")), "not a JPEG or PNG");
        assertRefused(obj("source_type", "image_url", "url", url("/big.png")), "larger than");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertRefused(obj("source_type", "image_url", "url", "http://127.0.0.1:" + closedPort + "/x.jpg"),
                "could not be fetched");
    }

    @Test
    void renditionsAreServedWithTheAdvertisedSizes() throws Exception {
        SandboxClient.Reply r = create(base64Source(TestImages.png(900, 1350), "image/png"));
        assertEquals(201, r.status(), r.text());
        JsonObject imgs = r.json().getAsJsonObject("media").getAsJsonObject("images");
        assertSize(imgs, "150x150", 150, 150);
        assertSize(imgs, "400x300", 400, 300);
        assertSize(imgs, "600x", 600, 900);
        assertSize(imgs, "1200x", 900, 1350);
        assertSize(imgs, "originals", 900, 1350);
        assertEquals("#336699", r.json().get("dominant_color").getAsString());
        SandboxClient plain = new SandboxClient(server, null);
        SandboxClient.Reply original = plain.raw(plain.request(
                imgs.getAsJsonObject("originals").get("url").getAsString()).GET());
        assertEquals("image/png", original.header("Content-Type"));
    }

    private void assertSize(JsonObject imgs, String key, int w, int h) throws Exception {
        JsonObject d = imgs.getAsJsonObject(key);
        assertEquals(w, d.get("width").getAsInt(), key);
        assertEquals(h, d.get("height").getAsInt(), key);
        String url = d.get("url").getAsString();
        assertTrue(url.startsWith(server.baseUri().toString()), "served by the sandbox itself: " + url);
        SandboxClient plain = new SandboxClient(server, null);
        SandboxClient.Reply bytes = plain.raw(plain.request(url).GET());
        assertEquals(200, bytes.status(), url);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes.raw().body()));
        assertEquals(w, img.getWidth(), key + " actual width");
        assertEquals(h, img.getHeight(), key + " actual height");
    }

    @Test
    void demoImagesAreDrawnWithTheirAdvertisedSizes() throws Exception {
        try (SandboxServer demo = SandboxServer.start(SandboxConfig.builder().build())) {
            SandboxClient c = new SandboxClient(demo, demo.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES));
            JsonArray items = c.get("/v5/pins?page_size=3").json().getAsJsonArray("items");
            for (var item : items) {
                JsonObject imgs = item.getAsJsonObject().getAsJsonObject("media").getAsJsonObject("images");
                for (String key : new String[] {"150x150", "600x", "originals"}) {
                    JsonObject d = imgs.getAsJsonObject(key);
                    SandboxClient.Reply bytes = c.raw(c.request(d.get("url").getAsString()).GET());
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes.raw().body()));
                    assertEquals(d.get("width").getAsInt(), img.getWidth());
                    assertEquals(d.get("height").getAsInt(), img.getHeight());
                }
                assertTrue(item.getAsJsonObject().get("dominant_color").getAsString().matches("#[0-9A-F]{6}"));
            }
        }
    }

    @Test
    void carouselsTakeTwoToFiveImages() throws Exception {
        JsonArray two = new JsonArray();
        two.add(obj("content_type", "image/png", "data", Base64.getEncoder().encodeToString(TestImages.png(100, 100)),
                "title", "one"));
        two.add(obj("content_type", "image/jpeg", "data", Base64.getEncoder().encodeToString(TestImages.jpeg(80, 120))));
        SandboxClient.Reply r = create(obj("source_type", "multiple_image_base64", "items", two));
        assertEquals(201, r.status(), r.text());
        JsonObject media = r.json().getAsJsonObject("media");
        assertEquals("multiple_images", media.get("media_type").getAsString());
        assertEquals(2, media.getAsJsonArray("items").size());
        assertEquals("CAROUSEL", r.json().get("creative_type").getAsString());
        JsonArray one = new JsonArray();
        one.add(two.get(0));
        assertRefused(obj("source_type", "multiple_image_base64", "items", one), "2 to 5");
        served.put("/a.jpg", TestImages.jpeg(50, 50));
        JsonArray urls = new JsonArray();
        urls.add(obj("url", url("/a.jpg")));
        urls.add(obj("url", url("/gone.jpg")));
        assertRefused(obj("source_type", "multiple_image_urls", "items", urls), "items[1].url");
    }
}
