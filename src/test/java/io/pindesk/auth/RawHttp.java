package io.pindesk.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal HTTP/1.1 client over a raw socket, so tests can send any Host header and method to the
 * loopback listener. Only ever connects to a loopback address.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    static Response get(int port, String pathAndQuery) throws IOException {
        return send(InetAddress.getLoopbackAddress(), port, "GET", pathAndQuery, "127.0.0.1:" + port);
    }

    static Response send(InetAddress address, int port, String method, String pathAndQuery, String host) throws IOException {
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("tests only talk to loopback");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            socket.setSoTimeout(5000);
            StringBuilder req = new StringBuilder();
            req.append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
            if (host != null) {
                req.append("Host: ").append(host).append("\r\n");
            }
            req.append("Connection: close\r\n");
            if (method.equals("POST")) {
                req.append("Content-Length: 0\r\n");
            }
            req.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return parse(buf.toString(StandardCharsets.UTF_8));
        }
    }

    private static Response parse(String raw) throws IOException {
        if (raw.isEmpty() || !raw.startsWith("HTTP/")) {
            // The listener may close right after the first valid callback: a closed connection, not a reply.
            throw new IOException("connection closed without an HTTP response");
        }
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Response(status, headers, body);
    }
}
