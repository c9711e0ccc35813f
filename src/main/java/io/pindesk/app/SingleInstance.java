package io.pindesk.app;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PinDesk to one running instance per user. The first process holds a file lock in the data directory and
 * listens on a loopback socket; a later launch finds the lock taken, hands its arguments to the first one and
 * exits. This matters beyond tidiness: two instances would contend for the fixed OAuth callback ports.
 *
 * <p>The port and a random key are in {@code instance.json} (owner-only permissions where the OS has them); a
 * message without the right key is dropped, so other local users cannot inject arguments.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Gson GSON = new Gson();
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int MAX_MESSAGE_CHARS = 256 * 1024;

    private record Endpoint(int port, String key) {}

    private record Message(String key, List<String> args) {}

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path endpointFile;
    private volatile Consumer<List<String>> handler = args -> { };

    private SingleInstance(FileChannel lockChannel, FileLock lock, ServerSocket server, Path endpointFile) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.endpointFile = endpointFile;
    }

    /** What happened when this process asked to be the running instance. */
    public sealed interface Outcome permits Primary, HandedOver, Failed {}

    /** This process is the one instance; keep it open for the life of the app. */
    public record Primary(SingleInstance instance) implements Outcome {}

    /** Another instance is running and has received the arguments: exit quietly. */
    public record HandedOver() implements Outcome {}

    /** Another instance holds the lock but could not be reached. */
    public record Failed(String reason) implements Outcome {}

    public static Outcome acquire(Path dataDir, List<String> args) throws IOException {
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.resolve("instance.lock");
        Path endpointFile = dataDir.resolve("instance.json");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM (tests): behaves like another instance
        }
        if (lock == null) {
            channel.close();
            return handOver(endpointFile, args);
        }
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            byte[] keyBytes = new byte[16];
            new SecureRandom().nextBytes(keyBytes);
            String key = HexFormat.of().formatHex(keyBytes);
            writeEndpoint(endpointFile, new Endpoint(server.getLocalPort(), key));
            SingleInstance instance = new SingleInstance(channel, lock, server, endpointFile);
            instance.listen(key);
            return new Primary(instance);
        } catch (IOException | RuntimeException e) {
            server.close();
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** Where arguments from later launches go (called on the listener thread). */
    public void onArguments(Consumer<List<String>> newHandler) {
        this.handler = newHandler;
    }

    private void listen(String key) {
        Thread t = new Thread(() -> acceptLoop(key), "single-instance");
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop(String key) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(CONNECT_TIMEOUT_MS);
                Optional<Message> message = readMessage(socket);
                if (message.isPresent() && keysMatch(key, message.get().key())) {
                    reply(socket, "ok");
                    List<String> args = message.get().args() == null ? List.of() : List.copyOf(message.get().args());
                    handler.accept(args);
                } else {
                    log().warn("Ignored a single-instance message without the right key");
                    reply(socket, "denied");
                }
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    log().warn("Single-instance message failed: {}", e.toString());
                }
            }
        }
    }

    private static Optional<Message> readMessage(Socket socket) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            if (line.length() >= MAX_MESSAGE_CHARS) {
                return Optional.empty();
            }
            line.append((char) c);
        }
        try {
            return Optional.ofNullable(GSON.fromJson(line.toString(), Message.class));
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static void reply(Socket socket, String word) throws IOException {
        Writer w = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        w.write(word + "\n");
        w.flush();
    }

    private static boolean keysMatch(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    private static Outcome handOver(Path endpointFile, List<String> args) {
        // The first instance may be between taking the lock and writing its endpoint: try for a few seconds.
        String lastProblem = "no answer";
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                Endpoint endpoint = GSON.fromJson(Files.readString(endpointFile), Endpoint.class);
                if (endpoint != null && endpoint.port() > 0) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()),
                                CONNECT_TIMEOUT_MS);
                        socket.setSoTimeout(CONNECT_TIMEOUT_MS);
                        Writer w = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                        w.write(GSON.toJson(new Message(endpoint.key(), args)) + "\n");
                        w.flush();
                        String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                                StandardCharsets.UTF_8)).readLine();
                        if ("ok".equals(answer)) {
                            return new HandedOver();
                        }
                        lastProblem = "the running PinDesk refused the hand-over";
                    }
                }
            } catch (SocketTimeoutException e) {
                lastProblem = "the running PinDesk did not answer";
            } catch (IOException | JsonParseException e) {
                lastProblem = e.getClass().getSimpleName();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Failed(lastProblem);
    }

    private static void writeEndpoint(Path file, Endpoint endpoint) throws IOException {
        // Atomic (a reader never sees half of it) but not synced: the file means nothing after a reboot.
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, GSON.toJson(endpoint));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: %APPDATA% is already private to the user.
        }
    }

    /** Lazy, so acquiring the lock at startup does not wait for the logging setup running alongside it. */
    private static Logger log() {
        return LoggerFactory.getLogger(SingleInstance.class);
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(endpointFile);
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log().debug("Releasing the single-instance lock: {}", e.toString());
        }
    }
}
