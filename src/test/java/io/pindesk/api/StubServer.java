package io.pindesk.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * An in-process Pinterest stand-in on 127.0.0.1 (a free port): routes by method and path pattern, records every
 * request it receives. Tests script the replies, including hostile ones.
 */
final class StubServer implements AutoCloseable {

    /** A captured request. Header names are lower-cased. */
    record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Decoded query parameters in order. */
        List<Map.Entry<String, String>> query() {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return out;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                out.add(Map.entry(java.net.URLDecoder.decode(k, StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(v, StandardCharsets.UTF_8)));
            }
            return out;
        }

        String queryParam(String name) {
            return query().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
        }
    }

    /** Answers one request. */
    @FunctionalInterface
    interface Responder {
        void respond(Recorded request, HttpExchange exchange) throws IOException;
    }

    private record Route(String method, Pattern path, Responder responder) {}

    static {
        // The JDK server leaves Nagle's algorithm on, which with the client's delayed ACKs adds ~40 ms to small
        // replies; real Pinterest does not behave like that, so the stub should not either. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    StubServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The API base, {@code http://127.0.0.1:PORT/v5}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v5");
    }

    /** Adds a route; later routes win over earlier ones for the same request. */
    StubServer on(String method, String pathRegex, Responder responder) {
        routes.add(0, new Route(method, Pattern.compile("/v5" + pathRegex), responder));
        return this;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    long count(String method, String pathPrefix) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith("/v5" + pathPrefix))
                .count();
    }

    Recorded last() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
            Recorded r = new Recorded(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(), headers, body);
            requests.add(r);
            for (Route route : routes) {
                if (route.method().equals(r.method()) && route.path().matcher(r.path()).matches()) {
                    route.responder().respond(r, ex);
                    return;
                }
            }
            json(ex, 404, "{\"code\":404,\"message\":\"No stub route for " + r.method() + " " + r.path() + "\"}");
        }
    }

    static void json(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "application/json", body);
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.getResponseHeaders().set("x-pinterest-rid", "rid-" + status);
        if (status == 204) {
            ex.sendResponseHeaders(204, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Responder json(int status, String body) {
        return (r, ex) -> json(ex, status, body);
    }

    static Responder noContent() {
        return (r, ex) -> send(ex, 204, null, "");
    }

    static String fixture(String name) {
        try (InputStream in = StubServer.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
