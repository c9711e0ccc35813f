package io.pindesk.auth;

import io.pindesk.secrets.SavedSignInMarkers;
import io.pindesk.secrets.StoreProblem;
import io.pindesk.secrets.StoreResult;
import io.pindesk.secrets.StoredTokens;
import io.pindesk.secrets.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token of one account, kept fresh without the user noticing.
 *
 * <ul>
 *   <li>Refreshes when less than {@code refreshAhead} of life remains, measured on a monotonic clock from
 *       receipt, so a wrong wall clock cannot cause refresh loops.</li>
 *   <li>Single-flight: however many threads find the token stale, exactly one refresh request is sent;
 *       the others wait for its result. Pinterest rotates refresh tokens, and a second request with the
 *       same refresh token looks like theft (RFC 9700 §4.14.2).</li>
 *   <li>Persist, then publish: the rotated pair is written to the store before any caller gets the new
 *       access token. If the write fails, the new pair is used in memory for this session (listeners
 *       hear about it) and the old refresh token is never used again.</li>
 *   <li>A response without a refresh token keeps the stored one.</li>
 *   <li>{@code invalid_grant} is final only after re-reading the store: another PinDesk process may have
 *       rotated the token, in which case its newer pair is adopted.</li>
 * </ul>
 */
public final class TokenManager {

    public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    public enum State {
        SIGNED_OUT,
        SIGNED_IN,
        /** The refresh token was rejected: show "Sign in again" and keep every draft and queued item. */
        NEEDS_SIGN_IN,
        /** The store could not be read although a sign-in was saved (locked or reset keychain). */
        KEYCHAIN_PROBLEM,
        /** The token endpoint rejected the App ID/secret. */
        APP_MISCONFIGURED
    }

    /** Plain Java listener; called on whichever thread changed the state, so UIs must hop threads. */
    public interface Listener {
        void stateChanged(State state, String message);

        /** The latest tokens could not be saved: "sign-in won't be remembered" until a later save works. */
        default void persistenceFailed(StoreProblem problem) {}
    }

    /** The tokens in use and the monotonic deadline of the access token. */
    private record Session(StoredTokens tokens, long accessDeadlineNanos) {
        String accessToken() {
            return tokens.accessToken();
        }

        String refreshToken() {
            return tokens.refreshToken();
        }

        @Override
        public String toString() {
            return "Session[" + tokens + "]";
        }
    }

    private final String accountKey;
    private final TokenStore store;
    private final TokenEndpoint endpoint;
    private final LongSupplier nanoTime;
    private final Clock wallClock;
    private final long refreshAheadNanos;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Fingerprints of refresh tokens this process has rotated away: never adopt them from the store again. */
    private final Set<String> superseded = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();

    private volatile Session current;
    private volatile State state = State.SIGNED_OUT;
    private volatile String stateMessage = "";
    private volatile boolean unsaved;
    /** The refresh everyone waits for; guarded by {@link #lock}. */
    private CompletableFuture<Session> inFlight;

    public TokenManager(String accountKey, TokenStore store, TokenEndpoint endpoint) {
        this(accountKey, store, endpoint, System::nanoTime, Clock.systemUTC(), DEFAULT_REFRESH_AHEAD);
    }

    public TokenManager(String accountKey, TokenStore store, TokenEndpoint endpoint, LongSupplier nanoTime, Clock wallClock,
                        Duration refreshAhead) {
        this.accountKey = Objects.requireNonNull(accountKey);
        this.store = Objects.requireNonNull(store);
        this.endpoint = Objects.requireNonNull(endpoint);
        this.nanoTime = nanoTime;
        this.wallClock = wallClock;
        this.refreshAheadNanos = refreshAhead.toNanos();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public State state() {
        return state;
    }

    public String stateMessage() {
        return stateMessage;
    }

    /** True while the tokens in use are not saved in the store (a save failed). */
    public boolean unsaved() {
        return unsaved;
    }

    /** Granted scopes of the current sign-in (empty when signed out). */
    public Set<String> grantedScopes() {
        Session s = current;
        return s == null ? Set.of() : s.tokens().scopes();
    }

    /** Restores the saved sign-in at startup. Blocking (store access): call off the JavaFX thread. */
    public State load() {
        StoreResult<StoredTokens> r = store.load(accountKey);
        if (r.isOk()) {
            current = sessionFrom(r.value());
            setState(State.SIGNED_IN, "");
        } else if (r.isNotFound()) {
            current = null;
            setState(State.SIGNED_OUT, "");
        } else {
            current = null;
            setState(State.KEYCHAIN_PROBLEM, r.problem().userMessage());
        }
        return state;
    }

    /**
     * Takes over the tokens of a completed sign-in: saved first, then used.
     *
     * @return the save problem, or null when the tokens were saved
     */
    public StoreProblem signedIn(TokenGrant grant) {
        long receivedAt = nanoTime.getAsLong();
        Session previous = current;
        StoredTokens tokens = toStored(grant, null, receivedAt);
        synchronized (lock) {
            StoreProblem problem = persist(tokens);
            if (previous != null && previous.refreshToken() != null && !previous.refreshToken().equals(tokens.refreshToken())) {
                superseded.add(SavedSignInMarkers.fingerprint(previous.refreshToken()));
            }
            current = new Session(tokens, receivedAt + grant.expiresIn() * 1_000_000_000L);
            setState(State.SIGNED_IN, "");
            return problem;
        }
    }

    /**
     * A valid access token, refreshed first if it expires within {@code refreshAhead}. Blocking; may wait
     * for another thread's refresh.
     */
    public String accessToken() throws TokenUnavailableException {
        Session s = requireSession();
        if (fresh(s)) {
            return s.accessToken();
        }
        return refreshShared(s, false).accessToken();
    }

    /**
     * For the API client's 401 handler: refreshes only if {@code staleToken} is still the current token;
     * if another thread already replaced it, returns the replacement without a new refresh.
     */
    public String forceRefresh(String staleToken) throws TokenUnavailableException {
        Session s = requireSession();
        if (!s.accessToken().equals(staleToken)) {
            return s.accessToken();
        }
        return refreshShared(s, true).accessToken();
    }

    /**
     * Signs out: best-effort revocation, then the store item and the in-memory tokens are removed.
     *
     * @return the store's delete result (a failure means the item may still be in the keychain)
     */
    public StoreResult<Void> signOut() {
        Session s;
        synchronized (lock) {
            s = current;
            current = null;
        }
        if (s != null) {
            revokeQuietly(s.refreshToken());
            revokeQuietly(s.accessToken());
        }
        StoreResult<Void> deleted = store.delete(accountKey);
        unsaved = false;
        setState(State.SIGNED_OUT, "");
        return deleted;
    }

    private Session requireSession() throws TokenUnavailableException {
        Session s = current;
        if (s != null) {
            return s;
        }
        switch (state) {
            case NEEDS_SIGN_IN -> throw new TokenUnavailableException(TokenUnavailableException.Kind.NEEDS_SIGN_IN, stateMessage);
            case APP_MISCONFIGURED -> throw new TokenUnavailableException(TokenUnavailableException.Kind.APP_MISCONFIGURED, stateMessage);
            default -> throw new TokenUnavailableException(TokenUnavailableException.Kind.SIGNED_OUT, "Not signed in.");
        }
    }

    private Session refreshShared(Session seen, boolean force) throws TokenUnavailableException {
        CompletableFuture<Session> future;
        boolean leader = false;
        synchronized (lock) {
            Session now = current;
            if (now != null && now != seen && (force || fresh(now))) {
                return now; // another thread refreshed while we were deciding
            }
            if (now == null) {
                requireSession();
            }
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                leader = true;
            }
            future = inFlight;
        }
        if (leader) {
            lead(now(seen), future);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException(TokenUnavailableException.Kind.TEMPORARY, "Interrupted while refreshing the sign-in.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TokenUnavailableException t) {
                // a fresh exception per caller: the stack trace should show the caller, not the leader
                throw new TokenUnavailableException(t.kind(), t.getMessage(), t);
            }
            throw new TokenUnavailableException(TokenUnavailableException.Kind.TEMPORARY, "The sign-in could not be refreshed.", e.getCause());
        }
    }

    /** The session the leader should refresh from: the latest one, in case it changed since the caller looked. */
    private Session now(Session seen) {
        Session s = current;
        return s != null ? s : seen;
    }

    private void lead(Session base, CompletableFuture<Session> future) {
        try {
            future.complete(refresh(base));
        } catch (TokenUnavailableException e) {
            future.completeExceptionally(e);
        } catch (RuntimeException e) {
            LOG.warn("Token refresh for {} failed unexpectedly: {}", accountKey, e.getClass().getSimpleName());
            future.completeExceptionally(new TokenUnavailableException(TokenUnavailableException.Kind.TEMPORARY,
                    "The sign-in could not be refreshed.", e));
        } finally {
            synchronized (lock) {
                if (inFlight == future) {
                    inFlight = null;
                }
            }
        }
    }

    private Session refresh(Session base) throws TokenUnavailableException {
        // Another PinDesk process may already have rotated the pair: its refresh token is the valid one.
        Session newer = newerInStore(base);
        if (newer != null) {
            publishAdopted(newer);
            if (fresh(newer)) {
                return newer;
            }
            base = newer;
        }
        boolean retriedUnknown = false;
        boolean triedStored = false;
        while (true) {
            String refreshToken = base.refreshToken();
            if (refreshToken == null) {
                throw needsSignIn("Your Pinterest sign-in has expired. Please sign in again.");
            }
            TokenGrant grant;
            try {
                grant = endpoint.refresh(refreshToken);
            } catch (TokenEndpointException e) {
                switch (e.kind()) {
                    case INVALID_GRANT -> {
                        // Final only if the store holds nothing newer than the token just rejected.
                        Session stored = newerInStore(base);
                        if (stored != null && !triedStored) {
                            LOG.info("Refresh token for {} was rejected, but the store holds a newer one; using it", accountKey);
                            triedStored = true;
                            publishAdopted(stored);
                            if (fresh(stored)) {
                                return stored;
                            }
                            base = stored;
                            continue;
                        }
                        superseded.add(SavedSignInMarkers.fingerprint(refreshToken));
                        throw needsSignIn("Your Pinterest sign-in is no longer valid. Please sign in again; your drafts and queued pins are kept.");
                    }
                    case INVALID_CLIENT -> {
                        current = null;
                        setState(State.APP_MISCONFIGURED, "Pinterest rejected the App ID or App secret. Check them in Settings or update PinDesk.");
                        throw new TokenUnavailableException(TokenUnavailableException.Kind.APP_MISCONFIGURED, stateMessage);
                    }
                    case UNKNOWN_OUTCOME -> {
                        LOG.warn("Token refresh for {} ended with an unknown outcome (retried before: {})", accountKey, retriedUnknown);
                        Session stored = newerInStore(base);
                        if (stored != null) {
                            publishAdopted(stored);
                            if (fresh(stored)) {
                                return stored;
                            }
                            base = stored;
                            continue;
                        }
                        if (!retriedUnknown) {
                            retriedUnknown = true;
                            continue;
                        }
                        return stillUsableOrFail(base, e);
                    }
                    default -> {
                        LOG.warn("Token refresh for {} failed: {}", accountKey, e.kind());
                        return stillUsableOrFail(base, e);
                    }
                }
            }
            return persistThenPublish(base, grant);
        }
    }

    private Session stillUsableOrFail(Session base, TokenEndpointException e) throws TokenUnavailableException {
        if (base.accessDeadlineNanos() - nanoTime.getAsLong() > 0) {
            return base; // not yet expired: keep working, the next call tries again
        }
        throw new TokenUnavailableException(TokenUnavailableException.Kind.TEMPORARY,
                "Pinterest could not be reached to renew the sign-in. Please try again.", e);
    }

    private Session persistThenPublish(Session base, TokenGrant grant) {
        long receivedAt = nanoTime.getAsLong();
        StoredTokens tokens = toStored(grant, base.tokens(), receivedAt);
        synchronized (lock) {
            persist(tokens); // BEFORE anyone can see the new access token
            String oldRefresh = base.refreshToken();
            if (oldRefresh != null && !oldRefresh.equals(tokens.refreshToken())) {
                superseded.add(SavedSignInMarkers.fingerprint(oldRefresh));
            }
            Session s = new Session(tokens, receivedAt + grant.expiresIn() * 1_000_000_000L);
            current = s;
            setState(State.SIGNED_IN, "");
            return s;
        }
    }

    private StoreProblem persist(StoredTokens tokens) {
        StoreResult<Void> saved = store.save(accountKey, tokens);
        if (saved.isOk()) {
            unsaved = false;
            return null;
        }
        unsaved = true;
        LOG.warn("Could not save the renewed sign-in of {}: {}", accountKey, saved.problem().kind());
        for (Listener l : listeners) {
            try {
                l.persistenceFailed(saved.problem());
            } catch (RuntimeException e) {
                LOG.warn("A sign-in listener failed: {}", e.getClass().getSimpleName());
            }
        }
        return saved.problem();
    }

    private void publishAdopted(Session s) {
        synchronized (lock) {
            Session old = current;
            if (old != null && old.refreshToken() != null && !old.refreshToken().equals(s.refreshToken())) {
                superseded.add(SavedSignInMarkers.fingerprint(old.refreshToken()));
            }
            current = s;
            setState(State.SIGNED_IN, "");
        }
    }

    /** The stored pair if it holds a refresh token different from {@code base}'s that this process never rotated away. */
    private Session newerInStore(Session base) {
        StoreResult<StoredTokens> r = store.load(accountKey);
        if (!r.isOk()) {
            return null;
        }
        StoredTokens t = r.value();
        String rt = t.refreshToken();
        if (rt == null || rt.equals(base.refreshToken()) || superseded.contains(SavedSignInMarkers.fingerprint(rt))) {
            return null;
        }
        return sessionFrom(t);
    }

    private TokenUnavailableException needsSignIn(String message) {
        current = null;
        setState(State.NEEDS_SIGN_IN, message);
        return new TokenUnavailableException(TokenUnavailableException.Kind.NEEDS_SIGN_IN, message);
    }

    private StoredTokens toStored(TokenGrant grant, StoredTokens previous, long receivedAtNanos) {
        long nowEpoch = wallClock.instant().getEpochSecond();
        String refresh = grant.refreshToken() != null ? grant.refreshToken() : previous == null ? null : previous.refreshToken();
        Long refreshExpiresAt;
        if (grant.refreshExpiresIn() != null) {
            refreshExpiresAt = nowEpoch + grant.refreshExpiresIn();
        } else {
            refreshExpiresAt = grant.refreshToken() == null && previous != null ? previous.refreshExpiresAt() : null;
        }
        String scope = !grant.scopes().isEmpty() || previous == null ? String.join(" ", grant.scopes()) : previous.scope();
        return new StoredTokens(grant.accessToken(), refresh, nowEpoch + grant.expiresIn(), refreshExpiresAt, scope);
    }

    /** Wall-clock expiry is all a restart has; from then on the monotonic clock rules. */
    private Session sessionFrom(StoredTokens t) {
        long remainingSeconds = t.accessExpiresAt() - wallClock.instant().getEpochSecond();
        return new Session(t, nanoTime.getAsLong() + remainingSeconds * 1_000_000_000L);
    }

    private boolean fresh(Session s) {
        return s.accessDeadlineNanos() - nanoTime.getAsLong() > refreshAheadNanos;
    }

    private void revokeQuietly(String token) {
        if (token == null) {
            return;
        }
        try {
            endpoint.revoke(token);
        } catch (TokenEndpointException | RuntimeException e) {
            LOG.info("Token revocation for {} failed (best effort): {}", accountKey, e.getClass().getSimpleName());
        }
    }

    private void setState(State newState, String message) {
        State old = state;
        String oldMessage = stateMessage;
        state = newState;
        stateMessage = message == null ? "" : message;
        if (old == newState && oldMessage.equals(stateMessage)) {
            return;
        }
        for (Listener l : listeners) {
            try {
                l.stateChanged(newState, stateMessage);
            } catch (RuntimeException e) {
                LOG.warn("A sign-in listener failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public String toString() {
        return "TokenManager[" + accountKey + ", " + state + "]";
    }
}
