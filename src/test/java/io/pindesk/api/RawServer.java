package io.pindesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket-level server on 127.0.0.1 for replies no HTTP server library would send: connection resets after the
 * request arrived, bodies shorter than their Content-Length, endless or trickling bodies.
 */
final class RawServer implements AutoCloseable {

    /** What to do with one connection once its request head (and body) has been read. */
    @FunctionalInterface
    interface Behaviour {
        void serve(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean closed;

    RawServer(Behaviour behaviour) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(() -> {
            while (!closed) {
                try {
                    Socket s = socket.accept();
                    executor.execute(() -> handle(s, behaviour));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v5");
    }

    /** Requests whose head arrived completely. */
    int requests() {
        return requests.get();
    }

    private void handle(Socket s, Behaviour behaviour) {
        try (s) {
            readRequest(s.getInputStream());
            requests.incrementAndGet();
            behaviour.serve(s, s.getOutputStream());
        } catch (IOException | InterruptedException e) {
            // the client went away: expected in these tests
        }
    }

    /** Reads the head and, if there is a Content-Length, the body, so the client has fully sent its request. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                int n = Integer.parseInt(line.substring("content-length:".length()).trim());
                in.readNBytes(n);
            }
        }
    }

    /** Resets the connection (RST) without answering. */
    static final Behaviour RESET = (s, out) -> {
        s.setSoLinger(true, 0);
        s.close();
    };

    static Behaviour head(int status, String headers, String body) {
        return (s, out) -> {
            out.write(("HTTP/1.1 " + status + " X\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        executor.shutdownNow();
    }
}
