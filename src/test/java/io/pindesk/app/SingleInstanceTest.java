package io.pindesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir Path dataDir;

    @Test
    void aSecondLaunchHandsItsArgumentsToTheFirst() throws Exception {
        SingleInstance.Outcome first = SingleInstance.acquire(dataDir, List.of());
        SingleInstance primary = assertInstanceOf(SingleInstance.Primary.class, first).instance();
        try {
            List<List<String>> received = new CopyOnWriteArrayList<>();
            primary.onArguments(received::add);

            SingleInstance.Outcome second = SingleInstance.acquire(dataDir, List.of("/home/ann/Pictures/tart.jpg"));

            assertInstanceOf(SingleInstance.HandedOver.class, second);
            waitUntil(() -> !received.isEmpty());
            assertEquals(List.of(List.of("/home/ann/Pictures/tart.jpg")), received);
        } finally {
            primary.close();
        }
    }

    @Test
    void theLockIsFreeAgainAfterClose() throws Exception {
        SingleInstance a = ((SingleInstance.Primary) SingleInstance.acquire(dataDir, List.of())).instance();
        a.close();
        SingleInstance.Outcome again = SingleInstance.acquire(dataDir, List.of());
        assertInstanceOf(SingleInstance.Primary.class, again);
        ((SingleInstance.Primary) again).instance().close();
    }

    @Test
    void messagesWithoutTheKeyAreIgnored() throws Exception {
        SingleInstance primary = ((SingleInstance.Primary) SingleInstance.acquire(dataDir, List.of())).instance();
        try {
            List<List<String>> received = new CopyOnWriteArrayList<>();
            primary.onArguments(received::add);
            String endpoint = Files.readString(dataDir.resolve("instance.json"));
            int port = Integer.parseInt(endpoint.replaceAll(".*\"port\":(\\d+).*", "$1"));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                w.write("{\"key\":\"guess\",\"args\":[\"evil\"]}\n");
                w.flush();
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                assertEquals("denied", answer);
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.getOutputStream().write("garbage that is not json\n".getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                assertEquals("denied", new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine());
            }
            assertTrue(received.isEmpty());
            // Still serving the real thing afterwards.
            assertInstanceOf(SingleInstance.HandedOver.class, SingleInstance.acquire(dataDir, List.of("ok")));
        } finally {
            primary.close();
        }
    }

    @Test
    void theEndpointFileIsPrivateAndListensOnLoopbackOnly() throws Exception {
        SingleInstance primary = ((SingleInstance.Primary) SingleInstance.acquire(dataDir, List.of())).instance();
        try {
            Path endpoint = dataDir.resolve("instance.json");
            if (Files.getFileStore(endpoint).supportsFileAttributeView("posix")) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(endpoint)));
            }
        } finally {
            primary.close();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
