package io.pindesk.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps {@code METHOD /v5/path/{param}} templates to handlers, with the scopes each operation needs. */
final class Router {

    /** One request as a handler sees it. */
    record Call(Map<String, String> params, Map<String, String> query, Set<String> scopes, byte[] body) {
        String param(String name) {
            return params.get(name);
        }
    }

    @FunctionalInterface
    interface Handler {
        SandboxResponse handle(Call call) throws ApiError, IOException;
    }

    /** {@code key} is the method and template ("GET /v5/boards/{board_id}"), used for request counters. */
    record Route(String method, String[] segments, String key, String category, List<String> scopes,
            Handler handler) {}

    record Match(Route route, Map<String, String> params) {}

    private final List<Route> routes = new ArrayList<>();

    void add(String method, String template, List<String> scopes, Handler handler) {
        String category = method.equals("GET") ? "org_read" : "org_write";
        routes.add(new Route(method, split(template), method + " " + template, category, scopes, handler));
    }

    /** The matching route, or null; {@code methodMismatch[0]} is set when only the method was wrong. */
    Match match(String method, String path, boolean[] methodMismatch) {
        String[] parts = split(path);
        for (Route r : routes) {
            Map<String, String> params = bind(r.segments(), parts);
            if (params != null) {
                if (r.method().equals(method)) {
                    return new Match(r, params);
                }
                methodMismatch[0] = true;
            }
        }
        return null;
    }

    private static Map<String, String> bind(String[] template, String[] parts) {
        if (template.length != parts.length) {
            return null;
        }
        Map<String, String> params = null;
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{")) {
                if (params == null) {
                    params = new HashMap<>(4);
                }
                params.put(t.substring(1, t.length() - 1), parts[i]);
            } else if (!t.equals(parts[i])) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.split("/");
    }
}
