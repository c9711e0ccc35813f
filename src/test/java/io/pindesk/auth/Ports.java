package io.pindesk.auth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free loopback ports for tests (never the real 8085-8087, which other builds on this machine may use). */
final class Ports {
    private Ports() {}

    static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    static List<Integer> free(int n) throws IOException {
        List<Integer> ports = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                held.add(s);
                ports.add(s.getLocalPort());
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return ports;
    }

    static boolean canBind(InetAddress address, int port) {
        try (ServerSocket s = new ServerSocket()) {
            // Like every server socket on Unix (and the receiver's own): TIME_WAIT leftovers of finished
            // connections do not block the port, a listener on a conflicting address still does.
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(address, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static RedirectUri ipv4(int port) {
        return RedirectUri.parse("http://127.0.0.1:" + port + "/callback");
    }
}
