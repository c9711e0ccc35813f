package io.pindesk.sandbox;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The one app registered with the sandbox: its credentials and exact redirect URIs. */
record OAuthClient(String clientId, String clientSecret, List<String> redirectUris) {

    /** Pinterest matches redirect URIs exactly; PinDesk's loopback receiver uses these ports (design §4). */
    static final List<String> REDIRECT_URIS = List.of("http://localhost:8085/", "http://localhost:8086/",
            "http://localhost:8087/", "http://127.0.0.1:8085/", "http://127.0.0.1:8086/", "http://127.0.0.1:8087/");

    boolean secretMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                clientSecret.getBytes(StandardCharsets.UTF_8));
    }
}
