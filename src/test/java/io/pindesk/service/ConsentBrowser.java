package io.pindesk.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * A "system browser" for tests: an HttpClient 5 client that loads the sandbox's consent page, answers it like a
 * user would (Allow, Deny, or Allow with some scopes unticked), and follows the redirect to PinDesk's loopback
 * receiver. With {@link #sendBack} false it stops at the redirect and keeps the address, like a browser that
 * cannot reach this computer's loopback (WSL): the user then pastes it.
 */
public final class ConsentBrowser implements SystemBrowser {

    public enum Decision { ALLOW, DENY }

    private final Decision decision;
    private final Set<String> untick;
    private final boolean sendBack;
    private final AtomicInteger opened = new AtomicInteger();
    private volatile String lastRedirect;
    private volatile String consentPage;

    public ConsentBrowser(Decision decision, Set<String> untick, boolean sendBack) {
        this.decision = decision;
        this.untick = Set.copyOf(untick);
        this.sendBack = sendBack;
    }

    public static ConsentBrowser allowing() {
        return new ConsentBrowser(Decision.ALLOW, Set.of(), true);
    }

    @Override
    public void open(URI uri) throws IOException {
        opened.incrementAndGet();
        try (CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().disableRedirectHandling().build()) {
            consentPage = http.execute(new HttpGet(uri), r -> {
                if (r.getCode() != 200) {
                    throw new IOException("consent page answered " + r.getCode());
                }
                return EntityUtils.toString(r.getEntity());
            });
            Map<String, String> form = new LinkedHashMap<>(query(uri));
            form.put("consent_form", "1");
            form.put("decision", decision == Decision.ALLOW ? "allow" : "deny");
            for (String scope : form.getOrDefault("scope", "").split("[ ,]+")) {
                if (!scope.isBlank() && !untick.contains(scope)) {
                    form.put("grant_" + scope, "1");
                }
            }
            HttpPost post = new HttpPost(uri.resolve("/oauth/"));
            post.setEntity(new StringEntity(encode(form), ContentType.APPLICATION_FORM_URLENCODED));
            String location = http.execute(post, r -> {
                if (r.getCode() != 302) {
                    throw new IOException("consent decision answered " + r.getCode());
                }
                return r.getFirstHeader("Location").getValue();
            });
            lastRedirect = location;
            if (sendBack) {
                http.execute(new HttpGet(location), r -> {
                    EntityUtils.consume(r.getEntity());
                    return r.getCode();
                });
            }
        }
    }

    /** The address the "browser" was sent back to (contains code and state: test use only). */
    public String lastRedirect() {
        return lastRedirect;
    }

    public String consentPage() {
        return consentPage;
    }

    public int timesOpened() {
        return opened.get();
    }

    /** The query parameters of an address (e.g. code and state of a redirect). */
    public static Map<String, String> queryOf(String address) {
        return query(URI.create(address));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String encode(Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return b.toString();
    }
}
