package io.pindesk.auth;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local end of the OAuth redirect for ONE sign-in attempt.
 *
 * <ul>
 *   <li>Binds loopback addresses only (127.0.0.1, plus ::1 when the redirect host is {@code localhost}),
 *       never a wildcard, on the first registered port that is free.</li>
 *   <li>Serves one path. Other paths: 404; other methods: 405; a foreign {@code Host} header: 400
 *       (DNS-rebinding hardening); a missing or wrong {@code state}: 400 and it keeps waiting, until
 *       {@link #DEFAULT_MAX_BAD_CALLBACKS} such hits abort the attempt.</li>
 *   <li>The first valid callback wins; the page is written and flushed before the result is published,
 *       then the listener closes.</li>
 *   <li>Times out, and {@link #cancel()} closes the port before it returns.</li>
 * </ul>
 */
public final class LoopbackReceiver implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_BAD_CALLBACKS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackReceiver.class);

    private final RedirectUri redirectUri;
    private final OAuthState state;
    private final int maxBadCallbacks;
    private final List<HttpServer> servers;
    private final Set<String> allowedHosts;
    private final ExecutorService handlerThread;
    private final ScheduledExecutorService timer;
    private final CompletableFuture<String> code = new CompletableFuture<>();
    private int badCallbacks;
    private boolean closed;

    private LoopbackReceiver(RedirectUri redirectUri, OAuthState state, int maxBadCallbacks, List<HttpServer> servers) {
        this.redirectUri = redirectUri;
        this.state = state;
        this.maxBadCallbacks = maxBadCallbacks;
        this.servers = servers;
        this.allowedHosts = allowedHosts(redirectUri, servers);
        this.handlerThread = Executors.newSingleThreadExecutor(daemon("loopback-callback"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("loopback-timer"));
    }

    public static LoopbackReceiver start(List<RedirectUri> candidates, OAuthState state) throws PortsBusyException {
        return start(candidates, state, DEFAULT_TIMEOUT, DEFAULT_MAX_BAD_CALLBACKS);
    }

    /**
     * Binds the first free candidate and starts serving.
     *
     * @throws PortsBusyException naming every port when none could be bound
     */
    public static LoopbackReceiver start(List<RedirectUri> candidates, OAuthState state, Duration timeout, int maxBadCallbacks)
            throws PortsBusyException {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No redirect URI is configured");
        }
        List<Integer> busy = new ArrayList<>();
        for (RedirectUri candidate : candidates) {
            List<HttpServer> bound = bindAll(candidate);
            if (bound == null) {
                busy.add(candidate.port());
                continue;
            }
            LoopbackReceiver receiver = new LoopbackReceiver(candidate, state, maxBadCallbacks, bound);
            receiver.serve(timeout);
            return receiver;
        }
        LOG.warn("No sign-in port could be opened; tried {}", busy);
        throw new PortsBusyException(busy);
    }

    /** Binds every loopback address the candidate needs on its port, or none (null) if any is taken. */
    private static List<HttpServer> bindAll(RedirectUri candidate) {
        List<HttpServer> bound = new ArrayList<>();
        try {
            for (InetAddress address : candidate.bindAddresses()) {
                if (address instanceof Inet6Address && candidate.needsBothFamilies() && !ipv6LoopbackUsable()) {
                    continue; // an IPv4-only machine: browsers cannot resolve localhost to ::1 there either
                }
                bound.add(HttpServer.create(new InetSocketAddress(address, candidate.port()), 0));
            }
            return bound;
        } catch (IOException e) {
            LOG.info("Port {} is not available: {}", candidate.port(), e.toString());
            bound.forEach(s -> s.stop(0));
            return null;
        }
    }

    private static boolean ipv6LoopbackUsable() {
        try (ServerSocket probe = new ServerSocket(0, 1, RedirectUri.IPV6_LOOPBACK)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<String> allowedHosts(RedirectUri redirectUri, List<HttpServer> servers) {
        Set<String> hosts = new HashSet<>();
        hosts.add(redirectUri.host() + ":" + redirectUri.port());
        for (HttpServer s : servers) {
            InetAddress a = s.getAddress().getAddress();
            String literal = a instanceof Inet6Address ? "[::1]" : a.getHostAddress();
            hosts.add(literal + ":" + redirectUri.port());
        }
        return hosts;
    }

    private void serve(Duration timeout) {
        for (HttpServer s : servers) {
            s.createContext("/", this::handle);
            s.setExecutor(handlerThread);
            s.start();
        }
        String limit = timeout.toMinutes() >= 1 ? timeout.toMinutes() + " minutes" : Math.max(1, timeout.toSeconds()) + " seconds";
        timer.schedule(() -> fail(SignInException.Reason.TIMED_OUT,
                "The sign-in was not completed within " + limit + ". You can try again."), timeout.toMillis(), TimeUnit.MILLISECONDS);
        code.whenComplete((c, e) -> timer.execute(this::stopServers));
    }

    /** The redirect URI actually served: put exactly this into the authorization and token requests. */
    public RedirectUri redirectUri() {
        return redirectUri;
    }

    /** The socket addresses listened on (for tests and diagnostics). */
    public List<InetSocketAddress> boundAddresses() {
        return servers.stream().map(HttpServer::getAddress).toList();
    }

    /**
     * Completes with the authorization code of the first valid callback, or exceptionally with a
     * {@link SignInException} (denied, provider error, timeout, cancelled, too many bad callbacks).
     */
    public CompletableFuture<String> code() {
        return code;
    }

    /**
     * Accepts the address the browser ended on, pasted by the user (for machines whose browser cannot reach
     * this computer's loopback, e.g. WSL). Validated exactly like a real callback.
     *
     * @return true if this completed the attempt; false if it had already finished
     * @throws SignInException (INVALID_CALLBACK) when the text is not a callback for this attempt; the attempt goes on
     */
    public boolean acceptPasted(String pasted) throws SignInException {
        CallbackParameters.Verdict verdict = PastedRedirect.judge(pasted, redirectUri, state);
        return switch (verdict.kind()) {
            case CODE -> code.complete(verdict.value());
            case DENIED -> fail(SignInException.Reason.DENIED, deniedMessage());
            case PROVIDER_ERROR -> fail(SignInException.Reason.PROVIDER_ERROR, providerMessage(verdict.value()), verdict.value());
            default -> throw new SignInException(SignInException.Reason.INVALID_CALLBACK, "The pasted address does not belong to this sign-in.");
        };
    }

    /** Ends the attempt as cancelled and frees the port before returning. */
    public void cancel() {
        fail(SignInException.Reason.CANCELLED, "The sign-in was cancelled.");
        stopServers();
    }

    @Override
    public void close() {
        cancel();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
                respond(exchange, 400, CallbackPages.badHost());
                return;
            }
            if (!redirectUri.path().equals(exchange.getRequestURI().getRawPath())) {
                respond(exchange, 404, CallbackPages.notFound());
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                respond(exchange, 405, CallbackPages.methodNotAllowed());
                return;
            }
            CallbackParameters.Verdict verdict = CallbackParameters.judge(exchange.getRequestURI().getRawQuery(), state);
            if (verdict.kind() == CallbackParameters.Kind.NOT_A_CALLBACK) {
                respond(exchange, 404, CallbackPages.notFound());
                return;
            }
            if (code.isDone()) {
                respond(exchange, 200, CallbackPages.alreadyDone());
                return;
            }
            switch (verdict.kind()) {
                case BAD_STATE -> {
                    respond(exchange, 400, CallbackPages.badState());
                    badCallbacks++;
                    LOG.warn("Rejected a sign-in callback with a missing or wrong state ({} so far)", badCallbacks);
                    if (badCallbacks >= maxBadCallbacks) {
                        fail(SignInException.Reason.TOO_MANY_BAD_CALLBACKS,
                                "The sign-in was stopped because another program sent " + badCallbacks + " forged callbacks.");
                    }
                }
                case DENIED -> {
                    respond(exchange, 200, CallbackPages.denied());
                    fail(SignInException.Reason.DENIED, deniedMessage());
                }
                case PROVIDER_ERROR -> {
                    respond(exchange, 200, CallbackPages.providerError(verdict.value(), verdict.description()));
                    fail(SignInException.Reason.PROVIDER_ERROR, providerMessage(verdict.value()), verdict.value());
                }
                case CODE -> {
                    // The page is fully written before the flow hears of the code, so the browser never
                    // shows an error because the listener closed under it.
                    respond(exchange, 200, CallbackPages.success());
                    code.complete(verdict.value());
                }
                default -> throw new IllegalStateException();
            }
        } catch (RuntimeException e) {
            LOG.warn("Sign-in callback handling failed: {}", e.getClass().getSimpleName());
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", "text/html; charset=utf-8");
        h.set("Cache-Control", "no-store");
        h.set("Pragma", "no-cache");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
                out.flush();
            }
        }
    }

    private static String deniedMessage() {
        return "Sign-in was cancelled in the browser. You can try again.";
    }

    private static String providerMessage(String safeError) {
        return "Pinterest did not complete the sign-in (" + safeError + ").";
    }

    private boolean fail(SignInException.Reason reason, String message) {
        return fail(reason, message, null);
    }

    private boolean fail(SignInException.Reason reason, String message, String providerError) {
        return code.completeExceptionally(new SignInException(reason, message, providerError, null));
    }

    private synchronized void stopServers() {
        if (closed) {
            return;
        }
        closed = true;
        for (HttpServer s : servers) {
            s.stop(0); // closes the listening socket at once: the port is free when this returns
        }
        handlerThread.shutdown();
        timer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "LoopbackReceiver[" + redirectUri + ", done=" + code.isDone() + "]";
    }
}
