package io.pindesk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePipelineTest {

    @TempDir
    Path dir;

    @Test
    void preparesFilesDownloadsAndInlineBytesFromADrop() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.gradient(1600, 1200), 0.9f);
        byte[] truncatedPng = java.util.Arrays.copyOf(TestImages.encode(TestImages.gradient(900, 900), "png"), 20);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/a.jpg", ex -> {
            ex.sendResponseHeaders(200, jpeg.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(jpeg);
            }
        });
        server.createContext("/broken.png", ex -> {
            ex.sendResponseHeaders(200, truncatedPng.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(truncatedPng);
            }
        });
        server.start();
        Path temp = Files.createDirectory(dir.resolve("downloads"));
        try (ImagePipeline pipeline = ImagePipeline.create(ImageLimits.DEFAULT.withLongEdge(1000), "PinDesk-test", temp)) {
            Path file = Files.write(dir.resolve("local.jpg"), jpeg);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            DropResult drop = DropPayload.parse(DropData.builder()
                    .html("<img src=\"" + base + "/a.jpg\">").build());
            PreparedImage remote = pipeline.prepare(drop.items().get(0).source());
            PreparedImage local = pipeline.prepare(new ImageSource.LocalFile(file));
            PreparedImage inline = pipeline.prepare(new ImageSource.InlineBytes(jpeg, ImageFormat.JPEG, "pasted image"));
            for (PreparedImage p : new PreparedImage[] {remote, local, inline}) {
                assertEquals(1000, p.width());
                assertEquals(750, p.height());
            }
            MediaException e = assertThrows(MediaException.class,
                    () -> pipeline.prepare(new ImageSource.RemoteUrl(URI.create(base + "/broken.png"))));
            assertEquals(base + "/broken.png looks like a PNG image but is damaged or cut short", e.getMessage());
            try (Stream<Path> left = Files.list(temp)) {
                assertEquals(0, left.count(), "downloads are deleted after preparing");
            }
        } finally {
            server.stop(0);
        }
    }
}
