package io.pindesk.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDownloaderTest {

    private static final byte[] JPEG = TestImages.jpeg(TestImages.gradient(120, 80), 0.9f);
    private static final byte[] PNG = TestImages.encode(TestImages.gradient(50, 50), "png");

    @TempDir
    Path temp;

    private HttpServer server;
    private ExecutorService threads;
    private ImageDownloader downloader;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        route("/photo.jpg", ex -> send(ex, 200, "image/jpeg", JPEG));
        route("/disguised", ex -> send(ex, 200, "text/plain", PNG));
        route("/page.jpg", ex -> send(ex, 200, "image/jpeg", "<!doctype html><title>Login</title>".getBytes(StandardCharsets.UTF_8)));
        route("/heic", ex -> send(ex, 200, "image/jpeg", TestImages.isoMediaHeader("heic", "mif1", "heic")));
        route("/empty", ex -> send(ex, 200, "image/jpeg", new byte[0]));
        route("/missing", ex -> send(ex, 404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8)));
        route("/forbidden", ex -> send(ex, 403, "text/html", "no hotlinking".getBytes(StandardCharsets.UTF_8)));
        route("/broken", ex -> send(ex, 503, "text/html", "busy".getBytes(StandardCharsets.UTF_8)));
        route("/big-declared", ex -> send(ex, 200, "image/jpeg", new byte[300_000]));
        route("/endless", ex -> endless(ex));
        route("/slow", ex -> {
            sleep(3000);
            send(ex, 200, "image/jpeg", JPEG);
        });
        route("/trickle", ex -> trickle(ex));
        route("/redirect", ex -> redirect(ex, "/photo.jpg"));
        route("/loop-a", ex -> redirect(ex, "/loop-b"));
        route("/loop-b", ex -> redirect(ex, "/loop-a"));
        route("/chain/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
            redirect(ex, "/chain/" + (n + 1));
        });
        route("/to-ftp", ex -> redirect(ex, "ftp://127.0.0.1/secret.jpg"));
        route("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.start();
        downloader = new ImageDownloader(ImageLimits.DEFAULT.withMaxFileBytes(100_000),
                new ImageDownloader.Options(Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofMillis(1500), 5,
                        "PinDesk-test"), temp);
    }

    @AfterEach
    void stop() {
        downloader.close();
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void downloadsAnImageToATemporaryFileThatCloseDeletes() throws Exception {
        DownloadedImage d = downloader.download(url("/photo.jpg"));
        assertEquals(ImageFormat.JPEG, d.format());
        assertArrayEquals(JPEG, Files.readAllBytes(d.file()));
        assertEquals(JPEG.length, d.size());
        d.close();
        assertFalse(Files.exists(d.file()));
    }

    @Test
    void contentIsSniffedNotTakenFromContentType() throws Exception {
        try (DownloadedImage d = downloader.download(url("/disguised"))) {
            assertEquals(ImageFormat.PNG, d.format());
        }
        MediaException e = assertThrows(MediaException.class, () -> downloader.download(url("/page.jpg")));
        assertEquals(MediaException.Reason.NOT_AN_IMAGE, e.reason());
        assertEquals("not an image: " + url("/page.jpg") + " (the site sent image/jpeg)", e.getMessage());
        MediaException heic = assertThrows(MediaException.class, () -> downloader.download(url("/heic")));
        assertTrue(heic.getMessage().endsWith("/heic: HEIC photos can't be pinned directly: export it as JPEG "
                + "(Photos: File → Export; iPhone: Settings → Camera → Formats → Most Compatible)"), heic.getMessage());
        assertEquals("the site sent an empty file for " + url("/empty"),
                assertThrows(MediaException.class, () -> downloader.download(url("/empty"))).getMessage());
        assertNoTempFilesLeft();
    }

    @Test
    void httpErrorsAreExplained() {
        MediaException missing = assertThrows(MediaException.class, () -> downloader.download(url("/missing")));
        assertEquals(MediaException.Reason.NOT_FOUND, missing.reason());
        assertEquals("the image is no longer there (HTTP 404): " + url("/missing"), missing.getMessage());
        assertFalse(missing.isTransient());

        MediaException forbidden = assertThrows(MediaException.class, () -> downloader.download(url("/forbidden")));
        assertTrue(forbidden.getMessage().startsWith("the site refused to hand out the image (HTTP 403)"));
        assertTrue(forbidden.getMessage().endsWith("Save the image and drop the file instead."));

        MediaException busy = assertThrows(MediaException.class, () -> downloader.download(url("/broken")));
        assertTrue(busy.isTransient());
        assertTrue(busy.getMessage().contains("HTTP 503"));
    }

    @Test
    void sizeCapIsCheckedFromTheHeaderAndWhileStreaming() {
        MediaException declared = assertThrows(MediaException.class, () -> downloader.download(url("/big-declared")));
        assertEquals(MediaException.Reason.TOO_LARGE, declared.reason());
        assertEquals("the image at " + url("/big-declared") + " is too large: 0.3 MB (the limit is 0.1 MB)",
                declared.getMessage());

        // no Content-Length and no end: the cap, not the server, stops it (and the body isn't drained)
        MediaException endless = assertThrows(MediaException.class, () -> downloader.download(url("/endless")));
        assertEquals(MediaException.Reason.TOO_LARGE, endless.reason());
        assertTrue(endless.getMessage().contains("is too large: more than 0.1 MB"), endless.getMessage());
        assertNoTempFilesLeft();
    }

    @Test
    void slowServersTimeOut() {
        MediaException slow = assertThrows(MediaException.class, () -> downloader.download(url("/slow")));
        assertEquals(MediaException.Reason.TIMEOUT, slow.reason());
        assertTrue(slow.isTransient());
        assertEquals("127.0.0.1 stopped answering while sending " + url("/slow"), slow.getMessage());

        MediaException trickle = assertThrows(MediaException.class, () -> downloader.download(url("/trickle")));
        assertEquals(MediaException.Reason.TIMEOUT, trickle.reason());
        assertTrue(trickle.getMessage().endsWith("took longer than 1 s and was stopped"), trickle.getMessage());
        assertNoTempFilesLeft();
    }

    @Test
    void redirectsAreFollowedButLimitedAndHttpOnly() throws Exception {
        try (DownloadedImage d = downloader.download(url("/redirect"))) {
            assertEquals(ImageFormat.JPEG, d.format());
            assertEquals(url("/photo.jpg"), d.finalUri());
        }
        for (String path : new String[] {"/loop-a", "/chain/1"}) {
            MediaException e = assertThrows(MediaException.class, () -> downloader.download(url(path)));
            assertEquals(url(path) + " redirects too often (more than 5 times or in a circle)", e.getMessage());
        }
        for (String path : new String[] {"/to-ftp", "/to-file"}) {
            MediaException e = assertThrows(MediaException.class, () -> downloader.download(url(path)));
            assertEquals(MediaException.Reason.BAD_ADDRESS, e.reason());
            assertEquals(url(path) + " redirects to an address that isn't http or https", e.getMessage());
        }
    }

    @Test
    void onlyHttpAndHttpsAreDownloaded() {
        for (String address : new String[] {"ftp://127.0.0.1/a.jpg", "file:///etc/passwd", "javascript:alert(1)"}) {
            MediaException e = assertThrows(MediaException.class, () -> downloader.download(URI.create(address)));
            assertEquals(MediaException.Reason.BAD_ADDRESS, e.reason());
            assertTrue(e.getMessage().startsWith("only http and https links can be used: "), e.getMessage());
        }
    }

    @Test
    void refusedConnectionIsANetworkProblem() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        MediaException e = assertThrows(MediaException.class,
                () -> downloader.download(URI.create("http://127.0.0.1:" + closedPort + "/a.jpg")));
        assertEquals(MediaException.Reason.NETWORK, e.reason());
        assertEquals("couldn't connect to 127.0.0.1 (is the address right?)", e.getMessage());
    }

    private void assertNoTempFilesLeft() {
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(0, files.count(), "temporary files left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void route(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            try {
                handler.handle(ex);
            } catch (IOException ignored) {
                // the client hung up on purpose (size cap, timeout)
            } finally {
                ex.close();
            }
        });
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void endless(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "image/jpeg");
        ex.sendResponseHeaders(200, 0); // chunked
        OutputStream out = ex.getResponseBody();
        out.write(JPEG, 0, 600);
        byte[] chunk = new byte[8192];
        for (int i = 0; i < 100_000; i++) { // ~800 MB at most; the client hangs up long before
            out.write(chunk);
        }
    }

    private static void trickle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "image/jpeg");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(JPEG, 0, 600);
        out.flush();
        for (int i = 0; i < 100; i++) {
            sleep(100);
            out.write(0);
            out.flush();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
