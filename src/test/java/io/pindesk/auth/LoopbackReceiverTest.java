package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {

    private final OAuthState state = OAuthState.generate();
    private final List<LoopbackReceiver> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(LoopbackReceiver::cancel);
    }

    private LoopbackReceiver start(List<RedirectUri> uris) throws PortsBusyException {
        return start(uris, Duration.ofMinutes(1));
    }

    private LoopbackReceiver start(List<RedirectUri> uris, Duration timeout) throws PortsBusyException {
        LoopbackReceiver r = LoopbackReceiver.start(uris, state, timeout, 10);
        started.add(r);
        return r;
    }

    private static SignInException failure(LoopbackReceiver r) throws InterruptedException {
        ExecutionException e = assertThrows(ExecutionException.class, () -> r.code().get(5, TimeUnit.SECONDS));
        return assertInstanceOf(SignInException.class, e.getCause());
    }

    private String query(String code) {
        return "/callback?code=" + code + "&state=" + state.value();
    }

    // A1
    @Test
    void bindsTheIpv4LoopbackOnlyAndNeverAWildcard() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        assertEquals(1, r.boundAddresses().size());
        InetSocketAddress bound = r.boundAddresses().get(0);
        assertTrue(bound.getAddress().isLoopbackAddress());
        assertEquals("127.0.0.1", bound.getAddress().getHostAddress());
        assertEquals(port, bound.getPort());
        // Not listening on ::1 or any non-loopback interface: those addresses can still bind the same port,
        // which a wildcard listener would prevent. No traffic is sent to any of them.
        List<InetAddress> others = nonLoopbackAddresses();
        for (InetAddress other : others) {
            assertTrue(Ports.canBind(other, port), "port " + port + " is also held on " + other.getHostAddress());
        }
        if (ipv6Loopback()) {
            assertTrue(Ports.canBind(InetAddress.getByName("::1"), port), "an IPv4 redirect must not listen on ::1");
        }
        System.out.println("non-loopback addresses checked: " + others);
    }

    // A1 (localhost variant)
    @Test
    void localhostRedirectListensOnBothLoopbackFamiliesOnly() throws Exception {
        assumeTrue(ipv6Loopback(), "this machine has no IPv6 loopback");
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(RedirectUri.parse("http://localhost:" + port + "/")));
        List<String> hosts = r.boundAddresses().stream().map(a -> a.getAddress().getHostAddress()).sorted().toList();
        assertEquals(2, hosts.size());
        assertTrue(r.boundAddresses().stream().allMatch(a -> a.getAddress().isLoopbackAddress()));
        assertTrue(r.boundAddresses().stream().anyMatch(a -> a.getAddress() instanceof Inet6Address));
        for (InetAddress other : nonLoopbackAddresses()) {
            assertTrue(Ports.canBind(other, port), "port " + port + " is also held on " + other.getHostAddress());
        }
        // both families reach the callback
        RawHttp.Response v6 = RawHttp.send(InetAddress.getByName("::1"), port, "GET", "/favicon.ico", "localhost:" + port);
        assertEquals(404, v6.status());
        RawHttp.Response v4 = RawHttp.send(InetAddress.getByName("127.0.0.1"), port, "GET",
                "/?code=abc&state=" + state.value(), "localhost:" + port);
        assertEquals(200, v4.status());
        assertEquals("abc", r.code().get(5, TimeUnit.SECONDS));
    }

    // A3
    @Test
    void busyFirstPortMovesToTheNextAndTheRedirectUriFollows() throws Exception {
        List<Integer> ports = Ports.free(2);
        try (ServerSocket occupied = new ServerSocket(ports.get(0), 1, InetAddress.getByName("127.0.0.1"))) {
            LoopbackReceiver r = start(List.of(Ports.ipv4(ports.get(0)), Ports.ipv4(ports.get(1))));
            assertEquals(ports.get(1), r.redirectUri().port());
            assertEquals("http://127.0.0.1:" + ports.get(1) + "/callback", r.redirectUri().text());
        }
    }

    // A3
    @Test
    void allPortsBusyIsATypedErrorNamingThePorts() throws Exception {
        List<Integer> ports = Ports.free(3);
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int p : ports) {
                held.add(new ServerSocket(p, 1, InetAddress.getByName("127.0.0.1")));
            }
            PortsBusyException e = assertThrows(PortsBusyException.class,
                    () -> start(ports.stream().map(Ports::ipv4).toList()));
            assertEquals(ports, e.ports());
            assertEquals(SignInException.Reason.PORTS_BUSY, e.reason());
            for (int p : ports) {
                assertTrue(e.getMessage().contains(String.valueOf(p)), e.getMessage());
            }
            assertFalse(e.getMessage().contains("Exception"), "no stack-trace text in the user message");
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }

    // A4
    @Test
    void wrongOrMissingStateGets400AndTheAttemptKeepsWaiting() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        assertEquals(400, RawHttp.get(port, "/callback?code=evil&state=forged").status());
        assertEquals(400, RawHttp.get(port, "/callback?code=evil").status());
        assertEquals(400, RawHttp.get(port, "/callback?code=evil&state=").status());
        assertEquals(400, RawHttp.get(port, "/callback?code=evil&state=" + state.value() + "&state=x").status());
        assertEquals(400, RawHttp.get(port, "/callback?error=access_denied&state=forged").status());
        assertFalse(r.code().isDone());
        assertEquals(200, RawHttp.get(port, query("genuine")).status());
        assertEquals("genuine", r.code().get(5, TimeUnit.SECONDS));
    }

    // A4
    @Test
    void tooManyForgedCallbacksAbortTheAttempt() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        for (int i = 0; i < 10; i++) {
            assertEquals(400, RawHttp.get(port, "/callback?code=x&state=bad" + i).status());
        }
        assertEquals(SignInException.Reason.TOO_MANY_BAD_CALLBACKS, failure(r).reason());
    }

    // A6
    @Test
    void firstValidCallbackWinsAndLaterOnesAreIgnored() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        assertEquals(200, RawHttp.get(port, query("first")).status());
        try {
            RawHttp.Response second = RawHttp.get(port, query("second"));
            assertTrue(second.body().contains("already finished"), second.body());
        } catch (IOException refused) {
            // the listener closed after the first callback: also correct
        }
        assertEquals("first", r.code().get(5, TimeUnit.SECONDS));
    }

    // A7
    @Test
    void otherPathsAre404AndOtherMethods405WithoutEndingTheFlow() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        assertEquals(404, RawHttp.get(port, "/favicon.ico").status());
        assertEquals(404, RawHttp.get(port, "/").status());
        assertEquals(404, RawHttp.get(port, "/callback/extra?code=a&state=" + state.value()).status());
        assertEquals(404, RawHttp.get(port, "/callback").status());
        assertEquals(404, RawHttp.get(port, "/callback?foo=bar&state=" + state.value()).status());
        RawHttp.Response post = RawHttp.send(InetAddress.getByName("127.0.0.1"), port, "POST", query("c"), "127.0.0.1:" + port);
        assertEquals(405, post.status());
        assertEquals("GET", post.header("Allow"));
        assertEquals(405, RawHttp.send(InetAddress.getByName("127.0.0.1"), port, "PUT", query("c"), "127.0.0.1:" + port).status());
        assertFalse(r.code().isDone());
        assertEquals(200, RawHttp.get(port, query("ok")).status());
        assertEquals("ok", r.code().get(5, TimeUnit.SECONDS));
    }

    // A8
    @Test
    void accessDeniedEndsAsCancelledByTheUser() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        RawHttp.Response page = RawHttp.get(port, "/callback?error=access_denied&error_description=User+said+no&state=" + state.value());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("cancelled"));
        SignInException e = failure(r);
        assertEquals(SignInException.Reason.DENIED, e.reason());
    }

    // A10 + error codes
    @Test
    void otherErrorsFailWithASanitizedCodeAndAnEscapedPage() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        RawHttp.Response page = RawHttp.get(port, "/callback?error=server_error%3Cimg%3E&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state="
                + state.value());
        assertEquals(200, page.status());
        assertFalse(page.body().contains("<script>"), page.body());
        assertFalse(page.body().contains("<img>"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
        SignInException e = failure(r);
        assertEquals(SignInException.Reason.PROVIDER_ERROR, e.reason());
        assertEquals("server_errorimg", e.providerError());
        assertFalse(e.getMessage().contains("<"));
    }

    // A10
    @Test
    void pagesAreStaticNoStoreAndLoadNothingExternal() throws Exception {
        int port = Ports.free();
        start(List.of(Ports.ipv4(port)));
        for (String path : List.of("/favicon.ico", "/callback?code=x&state=bad", query("c"))) {
            RawHttp.Response page = RawHttp.get(port, path);
            assertEquals("text/html; charset=utf-8", page.header("Content-Type"), path);
            assertEquals("no-store", page.header("Cache-Control"), path);
            assertEquals("no-referrer", page.header("Referrer-Policy"), path);
            assertTrue(page.header("Content-Security-Policy").startsWith("default-src 'none'"), path);
            String body = page.body().toLowerCase();
            assertFalse(body.contains("<script") || body.contains("src=") || body.contains("href=") || body.contains("http"), body);
            assertFalse(page.body().contains(state.value()), "the page must not echo the state");
        }
    }

    // A11
    @Test
    void aForeignHostHeaderIsRejected() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        assertEquals(400, RawHttp.send(lo, port, "GET", query("c"), "evil.example:" + port).status());
        assertEquals(400, RawHttp.send(lo, port, "GET", query("c"), "127.0.0.1:" + (port + 1)).status());
        assertEquals(400, RawHttp.send(lo, port, "GET", query("c"), "localhost:" + port).status(),
                "an IPv4-literal redirect accepts only its own host");
        assertEquals(400, RawHttp.send(lo, port, "GET", query("c"), null).status());
        assertFalse(r.code().isDone());
        assertEquals(200, RawHttp.send(lo, port, "GET", query("good"), "127.0.0.1:" + port).status());
        assertEquals("good", r.code().get(5, TimeUnit.SECONDS));
    }

    // A9
    @Test
    void timesOutAndFreesThePort() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)), Duration.ofMillis(300));
        assertEquals(SignInException.Reason.TIMED_OUT, failure(r).reason());
        assertTrue(waitUntilBindable(port), "port still held after the timeout");
    }

    // A9
    @Test
    void cancelFreesThePortBeforeReturning() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        assertFalse(Ports.canBind(InetAddress.getByName("127.0.0.1"), port), "the receiver holds the port");
        r.cancel();
        assertTrue(Ports.canBind(InetAddress.getByName("127.0.0.1"), port), "rebinding right after cancel() must work");
        assertEquals(SignInException.Reason.CANCELLED, failure(r).reason());
    }

    @Test
    void successClosesTheListener() throws Exception {
        int port = Ports.free();
        LoopbackReceiver r = start(List.of(Ports.ipv4(port)));
        RawHttp.get(port, query("c"));
        r.code().get(5, TimeUnit.SECONDS);
        assertTrue(waitUntilBindable(port));
        // "Try again" right away binds the same registered port despite the finished connection
        LoopbackReceiver again = start(List.of(Ports.ipv4(port)));
        assertEquals(port, again.redirectUri().port());
    }

    /** Closing happens on the listener's timer thread just after completion: poll briefly (functional, not timed). */
    private static boolean waitUntilBindable(int port) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (Ports.canBind(InetAddress.getByName("127.0.0.1"), port)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    static boolean ipv6Loopback() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress() && ni.isUp()) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
