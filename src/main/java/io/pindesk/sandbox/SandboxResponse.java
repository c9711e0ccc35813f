package io.pindesk.sandbox;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the sandbox, built by a handler and written by the dispatcher. */
record SandboxResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=utf-8";
    static final byte[] EMPTY = new byte[0];

    static SandboxResponse json(int status, byte[] body) {
        return new SandboxResponse(status, JSON, body, new LinkedHashMap<>());
    }

    static SandboxResponse json(int status, JsonObject body) {
        return json(status, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SandboxResponse noContent() {
        return new SandboxResponse(204, null, EMPTY, new LinkedHashMap<>());
    }

    static SandboxResponse error(ApiError e) {
        JsonObject o = new JsonObject();
        o.addProperty("code", e.code);
        o.addProperty("message", e.getMessage());
        if (e.oauthError != null) {
            o.addProperty("error", e.oauthError);
            o.addProperty("error_description", e.getMessage());
        }
        SandboxResponse r = json(e.status, o);
        if (e.status == 401 && e.oauthError == null) {
            r.headers().put("WWW-Authenticate", e.code == 3
                    ? "Bearer realm=\"pinterest\", error=\"insufficient_scope\""
                    : "Bearer realm=\"pinterest\", error=\"invalid_token\"");
        }
        return r;
    }

    SandboxResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
