package io.pindesk.service;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an account lives (design §4): each account is bound to one environment. */
public enum AccountEnvironment {
    PINTEREST("pinterest", "Pinterest", "https://api.pinterest.com/v5", "https://www.pinterest.com/oauth/"),
    /** Trial-access apps must use it; same consent page as production. */
    PINTEREST_SANDBOX("pinterest-sandbox", "Pinterest API sandbox", "https://api-sandbox.pinterest.com/v5",
            "https://www.pinterest.com/oauth/"),
    /** The embedded sandbox; its address is only known once it runs. */
    LOCAL("local", "Local sandbox", null, null),
    /** Any Pinterest-compatible server given by API base URL (testing). */
    CUSTOM("custom", "Custom server", null, null);

    private final String id;
    private final String displayName;
    private final String apiBase;
    private final String authorizeUrl;

    AccountEnvironment(String id, String displayName, String apiBase, String authorizeUrl) {
        this.id = id;
        this.displayName = displayName;
        this.apiBase = apiBase;
        this.authorizeUrl = authorizeUrl;
    }

    /** The stable name in files and on the command line ({@code --env local}). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The fixed API base, empty for LOCAL and CUSTOM. */
    public Optional<URI> apiBase() {
        return Optional.ofNullable(apiBase).map(URI::create);
    }

    public Optional<URI> authorizeUrl() {
        return Optional.ofNullable(authorizeUrl).map(URI::create);
    }

    /** True when the user must supply an App ID and App secret (a registered Pinterest app). */
    public boolean needsAppCredentials() {
        return this != LOCAL;
    }

    public static Optional<AccountEnvironment> fromId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.id.equals(t)).findFirst();
    }

    /**
     * The consent page for a custom API base: a loopback server is taken to be a sandbox serving {@code /oauth/}
     * itself; anything else uses Pinterest's page.
     */
    public static URI authorizeUrlFor(URI customApiBase) {
        String host = customApiBase.getHost() == null ? "" : customApiBase.getHost();
        if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1")) {
            return customApiBase.resolve("/oauth/");
        }
        return URI.create(PINTEREST.authorizeUrl);
    }
}
