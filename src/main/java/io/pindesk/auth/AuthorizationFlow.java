package io.pindesk.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sign-in at a time: a fresh state and PKCE pair, the loopback listener started BEFORE the browser
 * is opened, the authorization URL always available for display and copying (a browser that fails to
 * open is not fatal), and the code exchanged exactly once with no retries.
 */
public final class AuthorizationFlow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFlow.class);

    /** What a sign-in needs to know about the app and the authorization server. */
    public record Config(URI authorizeEndpoint, String clientId, List<RedirectUri> redirectUris, List<String> scopes,
                         Duration timeout, int maxBadCallbacks) {
        public Config {
            Objects.requireNonNull(authorizeEndpoint, "authorize endpoint");
            redirectUris = List.copyOf(redirectUris);
            scopes = List.copyOf(scopes);
            if (redirectUris.isEmpty()) {
                throw new IllegalArgumentException("No redirect URI is configured");
            }
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("The App ID is missing");
            }
            if (scopes.isEmpty()) {
                throw new IllegalArgumentException("At least one scope is required");
            }
        }

        public Config(URI authorizeEndpoint, String clientId, List<RedirectUri> redirectUris, List<String> scopes) {
            this(authorizeEndpoint, clientId, redirectUris, scopes, LoopbackReceiver.DEFAULT_TIMEOUT, LoopbackReceiver.DEFAULT_MAX_BAD_CALLBACKS);
        }
    }

    private final Config config;
    private final TokenEndpoint tokenEndpoint;
    private final BrowserLauncher browser;
    private final ExecutorService background;
    private Attempt current;

    public AuthorizationFlow(Config config, TokenEndpoint tokenEndpoint, BrowserLauncher browser) {
        this.config = config;
        this.tokenEndpoint = tokenEndpoint;
        this.browser = browser;
        this.background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sign-in");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a new attempt, cancelling (and freeing the port of) any previous one.
     *
     * @throws PortsBusyException when no registered port can be opened
     */
    public synchronized Attempt start() throws PortsBusyException {
        if (current != null) {
            current.cancel();
        }
        if (background.isShutdown()) {
            throw new IllegalStateException("This sign-in flow has been closed");
        }
        OAuthState state = OAuthState.generate();
        Pkce pkce = Pkce.generate();
        LoopbackReceiver receiver = LoopbackReceiver.start(config.redirectUris(), state, config.timeout(), config.maxBadCallbacks());
        AuthorizationRequest request;
        try {
            request = AuthorizationRequest.builder()
                    .authorizeEndpoint(config.authorizeEndpoint())
                    .clientId(config.clientId())
                    .redirectUri(receiver.redirectUri())
                    .scopes(config.scopes())
                    .state(state)
                    .pkce(pkce)
                    .build();
        } catch (RuntimeException e) {
            receiver.cancel(); // never leave a port open for an attempt that cannot start
            throw e;
        }
        Attempt attempt = new Attempt(receiver, request.uri(), pkce);
        current = attempt;
        attempt.launchBrowser();
        return attempt;
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.cancel();
        }
        background.shutdownNow();
    }

    /** One running sign-in. */
    public final class Attempt {
        private final LoopbackReceiver receiver;
        private final URI authorizationUri;
        private final Pkce pkce;
        private final AtomicBoolean exchanged = new AtomicBoolean();
        private final CompletableFuture<TokenGrant> result = new CompletableFuture<>();
        private final CompletableFuture<Boolean> browserOpened = new CompletableFuture<>();

        private Attempt(LoopbackReceiver receiver, URI authorizationUri, Pkce pkce) {
            this.receiver = receiver;
            this.authorizationUri = authorizationUri;
            this.pkce = pkce;
            receiver.code().whenComplete((code, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(unwrap(failure));
                } else {
                    background.execute(() -> exchangeOnce(code));
                }
            });
        }

        /** Show this with a Copy button: the user can always finish the sign-in by hand. Contains the state. */
        public URI authorizationUri() {
            return authorizationUri;
        }

        public RedirectUri redirectUri() {
            return receiver.redirectUri();
        }

        /** The tokens, or exceptionally a {@link SignInException}. */
        public CompletableFuture<TokenGrant> result() {
            return result;
        }

        /** Completes with false when no browser could be opened (show the URL prominently then). */
        public CompletableFuture<Boolean> browserOpened() {
            return browserOpened;
        }

        /** The "paste the address you were sent to" fallback; see {@link LoopbackReceiver#acceptPasted}. */
        public boolean submitPastedAddress(String pasted) throws SignInException {
            return receiver.acceptPasted(pasted);
        }

        /** Cancels the attempt; the port is free when this returns. */
        public void cancel() {
            receiver.cancel();
            result.completeExceptionally(new SignInException(SignInException.Reason.CANCELLED, "The sign-in was cancelled."));
        }

        private void launchBrowser() {
            // After the listener is up: a fast browser must never hit a closed port.
            background.execute(() -> {
                try {
                    browser.open(authorizationUri);
                    browserOpened.complete(true);
                } catch (Exception | LinkageError | InternalError e) {
                    // Desktop.browse throws InternalError on broken X11 setups; the URL is still shown.
                    LOG.warn("Could not open the system browser: {}", e.getClass().getSimpleName());
                    browserOpened.complete(false);
                }
            });
        }

        private void exchangeOnce(String code) {
            if (!exchanged.compareAndSet(false, true) || result.isDone()) {
                return;
            }
            try {
                TokenGrant grant = tokenEndpoint.exchange(code, pkce.verifier(), receiver.redirectUri().text());
                result.complete(grant);
            } catch (TokenEndpointException e) {
                LOG.warn("Authorization code exchange failed: {}", e.kind());
                result.completeExceptionally(new SignInException(SignInException.Reason.EXCHANGE_FAILED, exchangeMessage(e), null, e));
            } catch (RuntimeException e) {
                LOG.warn("Authorization code exchange failed: {}", e.getClass().getSimpleName());
                result.completeExceptionally(new SignInException(SignInException.Reason.EXCHANGE_FAILED,
                        "PinDesk could not finish the sign-in. Please try again.", null, e));
            }
        }

        @Override
        public String toString() {
            return "Attempt[" + receiver.redirectUri() + ", done=" + result.isDone() + "]";
        }
    }

    private static String exchangeMessage(TokenEndpointException e) {
        return switch (e.kind()) {
            case INVALID_CLIENT -> "Pinterest rejected the App ID or App secret. Check them in Settings.";
            case INVALID_GRANT -> "Pinterest did not accept the sign-in (it may have expired). Please sign in again.";
            case UNKNOWN_OUTCOME, TRANSIENT -> "Pinterest could not be reached to finish the sign-in. Please try again.";
            case OTHER -> "Pinterest refused the sign-in. Please try again.";
        };
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
