package io.pindesk.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The registered Pinterest app: App ID and App secret, sent as HTTP Basic to the token endpoint. */
public record ClientCredentials(String clientId, String clientSecret) {

    public ClientCredentials {
        Checks.nonBlank("App ID", clientId);
        Checks.nonBlank("App secret", clientSecret);
        if (clientId.contains(":")) {
            throw new IllegalArgumentException("the App ID must not contain ':'");
        }
    }

    /** {@code Basic base64(id:secret)}, as Pinterest's docs and quickstart build it. */
    String basicAuthorization() {
        String pair = clientId + ":" + clientSecret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=[redacted]]";
    }
}
