package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded sandbox: preferred port, fallback when busy, reuse of one already serving the same folder. */
class LocalSandboxServiceTest {

    @TempDir Path data;

    @Test
    void takesThePreferredPortAndFallsBackWhenItIsBusy() throws Exception {
        int preferred;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            preferred = probe.getLocalPort();
        }
        try (LocalSandboxService first = new LocalSandboxService(data.resolve("a"), preferred, UnaryOperator.identity())) {
            assertEquals(preferred, first.ensureRunning().apiBase().getPort(), "the fixed port keeps stored accounts valid");
            try (LocalSandboxService other = new LocalSandboxService(data.resolve("b"), preferred, UnaryOperator.identity())) {
                LocalSandboxService.Endpoint e = other.ensureRunning();
                assertNotEquals(preferred, e.apiBase().getPort(), "busy port: a free one instead");
                assertTrue(e.ownedHere());
            }
        }
    }

    @Test
    void reusesTheSandboxAlreadyServingTheSameFolder() throws Exception {
        try (LocalSandboxService running = new LocalSandboxService(data, 0, UnaryOperator.identity());
             LocalSandboxService second = new LocalSandboxService(data, 0, UnaryOperator.identity())) {
            LocalSandboxService.Endpoint a = running.ensureRunning();
            LocalSandboxService.Endpoint b = second.ensureRunning();
            assertEquals(a.apiBase(), b.apiBase());
            assertEquals(a.clientSecret(), b.clientSecret(), "its registered client, read from its folder");
            assertFalse(b.ownedHere());
            assertTrue(second.server().isEmpty(), "no second server on one folder");
            assertFalse(b.toString().contains(b.clientSecret()));
        }
    }

    @Test
    void aStaleEndpointFileIsIgnored() throws Exception {
        int port;
        try (LocalSandboxService first = new LocalSandboxService(data, 0, UnaryOperator.identity())) {
            port = first.ensureRunning().apiBase().getPort();
        }
        try (LocalSandboxService again = new LocalSandboxService(data, 0, UnaryOperator.identity())) {
            LocalSandboxService.Endpoint e = again.ensureRunning();
            assertTrue(e.ownedHere(), "nobody serves the folder any more: start our own");
            assertTrue(again.server().isPresent());
            assertTrue(e.apiBase().getPort() > 0, "was " + port + " before");
        }
    }
}
