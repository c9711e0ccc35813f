package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedirectUriTest {

    @Test
    void defaultsAreTheDocumentedLocalhostPorts() {
        List<RedirectUri> uris = RedirectUri.parseAll(RedirectUri.DEFAULTS);
        assertEquals(List.of(8085, 8086, 8087), uris.stream().map(RedirectUri::port).toList());
        assertEquals("http://localhost:8085/", uris.get(0).text());
        assertEquals("/", uris.get(0).path());
    }

    // A1: which addresses are bound for which host
    @Test
    void bindAddressesAreLoopbackLiteralsForTheHost() throws Exception {
        assertEquals(List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")),
                RedirectUri.parse("http://localhost:8085/").bindAddresses());
        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), RedirectUri.parse("http://127.0.0.1:8085/callback").bindAddresses());
        assertEquals(List.of(InetAddress.getByName("::1")), RedirectUri.parse("http://[::1]:8085/callback").bindAddresses());
        for (String s : List.of("http://localhost:8085/", "http://127.0.0.1:1/x", "http://[::1]:65535/")) {
            assertTrue(RedirectUri.parse(s).bindAddresses().stream().allMatch(InetAddress::isLoopbackAddress));
        }
    }

    @Test
    void rejectsAnythingButExplicitLoopbackHttp() {
        for (String bad : List.of("https://localhost:8085/", "http://example.com:8085/", "http://192.168.1.2:8085/",
                "http://0.0.0.0:8085/", "http://localhost/", "http://localhost:8085/?x=1", "http://localhost:8085/#f", "", "::")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RedirectUri.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("The redirect URI"), e.getMessage());
        }
    }
}
