package io.pindesk.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consent page at {@code /oauth/}: GET shows the app and the requested scopes (each can be unticked), POST with
 * {@code decision=allow|deny} redirects back with {@code code}+{@code state} or {@code error=access_denied}.
 * Requests whose client or redirect URI cannot be trusted get an error page instead of a redirect (RFC 6749
 * §4.1.2.1), so the sandbox is never an open redirector.
 */
final class AuthorizeEndpoint {

    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final OAuthClient client;
    private final SandboxProfile profile;
    private final TokenService tokens;
    private final String username;

    AuthorizeEndpoint(OAuthClient client, SandboxProfile profile, TokenService tokens, String username) {
        this.client = client;
        this.profile = profile;
        this.tokens = tokens;
        this.username = username;
    }

    SandboxResponse handle(String method, Map<String, String> params) {
        String clientId = params.getOrDefault("client_id", params.get("consumer_id"));
        if (clientId == null || !clientId.equals(client.clientId())) {
            return page(400, "Unknown app", "<p>The <code>client_id</code> of this request is not an app registered"
                    + " with this sandbox.</p>");
        }
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null || !client.redirectUris().contains(redirectUri)) {
            return page(400, "Redirect URI not registered", "<p>The <code>redirect_uri</code> "
                    + "<code>" + Html.escape(redirectUri == null ? "(missing)" : redirectUri)
                    + "</code> does not exactly match any URI registered for this app:</p><ul>"
                    + client.redirectUris().stream().map(u -> "<li><code>" + Html.escape(u) + "</code></li>")
                            .reduce("", String::concat) + "</ul>");
        }
        String state = params.get("state");
        if (!"code".equals(params.get("response_type"))) {
            return redirect(redirectUri, "error", "unsupported_response_type", state,
                    "response_type must be 'code'");
        }
        Set<String> requested;
        try {
            requested = Scopes.parse(params.get("scope"));
        } catch (IllegalArgumentException e) {
            return redirect(redirectUri, "error", "invalid_scope", state, e.getMessage());
        }
        if (requested.isEmpty()) {
            return redirect(redirectUri, "error", "invalid_scope", state, "at least one scope is required");
        }
        String challenge = params.get("code_challenge");
        String challengeMethod = params.get("code_challenge_method");
        if (challenge == null) {
            if (profile.pkceRequired()) {
                return redirect(redirectUri, "error", "invalid_request", state,
                        "code_challenge is required (PKCE S256)");
            }
        } else if (!"S256".equals(challengeMethod)) {
            return redirect(redirectUri, "error", "invalid_request", state, "code_challenge_method must be S256");
        } else if (!CHALLENGE.matcher(challenge).matches()) {
            return redirect(redirectUri, "error", "invalid_request", state,
                    "code_challenge must be 43 base64url characters");
        }
        if (method.equals("GET")) {
            return consentPage(params, requested);
        }
        if (!"allow".equals(params.get("decision"))) {
            return redirect(redirectUri, "error", "access_denied", state, null);
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String scope : requested) {
            if (params.containsKey("grant_" + scope)) {
                granted.add(scope);
            }
        }
        if (!params.containsKey("consent_form")) {
            // A scripted POST that did not come from the page (curl) means "everything asked for".
            granted.addAll(requested);
        }
        if (granted.isEmpty()) {
            return redirect(redirectUri, "error", "access_denied", state, null);
        }
        String code = tokens.issueCode(clientId, redirectUri, granted, challenge);
        return redirect(redirectUri, "code", code, state, null);
    }

    private SandboxResponse consentPage(Map<String, String> params, Set<String> requested) {
        StringBuilder form = new StringBuilder();
        form.append("<form method=\"post\" action=\"/oauth/\">");
        for (String name : new String[] {"client_id", "redirect_uri", "response_type", "scope", "state",
                "code_challenge", "code_challenge_method"}) {
            String v = name.equals("client_id") ? client.clientId() : params.get(name);
            if (v != null) {
                form.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(Html.escape(v)).append("\">");
            }
        }
        form.append("<input type=\"hidden\" name=\"consent_form\" value=\"1\">");
        form.append("<fieldset><legend>PinDesk Sandbox App would like to:</legend>");
        for (String scope : requested) {
            form.append("<label><input type=\"checkbox\" checked name=\"grant_").append(Html.escape(scope))
                    .append("\" value=\"1\"> <code>").append(Html.escape(scope)).append("</code> — ")
                    .append(Html.escape(Scopes.describe(scope))).append("</label>");
        }
        form.append("</fieldset><p class=\"who\">Signed in as <b>").append(Html.escape(username))
                .append("</b> · you will be sent back to <code>").append(Html.escape(params.get("redirect_uri")))
                .append("</code></p><button name=\"decision\" value=\"allow\" class=\"allow\">Allow</button> ")
                .append("<button name=\"decision\" value=\"deny\">Deny</button></form>");
        return page(200, "Allow access to your Pinterest account?", form.toString());
    }

    private static SandboxResponse redirect(String redirectUri, String key, String value, String state,
            String description) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put(key, value);
        if (description != null) {
            q.put("error_description", description);
        }
        if (state != null) {
            q.put("state", state);
        }
        StringBuilder url = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        boolean first = true;
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (!first) {
                url.append('&');
            }
            first = false;
            url.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        SandboxResponse r = new SandboxResponse(302, null, SandboxResponse.EMPTY, new LinkedHashMap<>());
        r.headers().put("Location", url.toString());
        return Html.secure(r);
    }

    private static SandboxResponse page(int status, String title, String body) {
        return Html.page(status, title, body);
    }
}
