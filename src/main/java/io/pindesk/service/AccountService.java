package io.pindesk.service;

import io.pindesk.api.AccessTokenSource;
import io.pindesk.api.ApiException;
import io.pindesk.api.ClientCredentials;
import io.pindesk.api.OAuthClient;
import io.pindesk.api.PinterestClient;
import io.pindesk.auth.AuthorizationFlow;
import io.pindesk.auth.PortsBusyException;
import io.pindesk.auth.RedirectUri;
import io.pindesk.auth.TokenGrant;
import io.pindesk.auth.TokenManager;
import io.pindesk.domain.Scope;
import io.pindesk.domain.UserAccount;
import io.pindesk.secrets.StoreProblem;
import io.pindesk.secrets.StoreResult;
import io.pindesk.secrets.TokenStore;
import io.pindesk.secrets.TokenStores;
import io.pindesk.store.AppDirs;
import io.pindesk.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts PinDesk knows and the one it works with (design §4): sign-in through the system browser (PKCE,
 * loopback redirect), several accounts each bound to an environment, switch, sign-out, and restoring the last
 * account from the keychain at startup. Account metadata lives in {@code accounts.json}; tokens and App secrets
 * only in the token store (the keychain, or memory for this session when there is none).
 *
 * <p>Every public method except the cheap getters blocks (keychain, network, files): call off the FX thread.
 */
public final class AccountService implements CurrentAccount, AutoCloseable {

    public static final String APP_ID_ENV = "PINDESK_APP_ID";
    public static final String APP_SECRET_ENV = "PINDESK_APP_SECRET";
    /** What PinDesk asks for: everything it can do. */
    public static final List<Scope> REQUESTED_SCOPES = List.of(Scope.values());
    /** What it cannot work without: the account, its boards and pins. */
    public static final List<Scope> REQUIRED_SCOPES = List.of(Scope.USER_ACCOUNTS_READ, Scope.BOARDS_READ, Scope.PINS_READ);

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);

    /** The state of the current (or last) account beyond "which one": a "sign in again" prompt, a config problem. */
    public enum Status { SIGNED_OUT, SIGNED_IN, NEEDS_SIGN_IN, APP_MISCONFIGURED, KEYCHAIN_PROBLEM }

    /** @param accountKey the account concerned (also for NEEDS_SIGN_IN, whose local data is kept), or null */
    public record AccountStatus(Status status, String accountKey, String message) {}

    /**
     * @param redirectUris  the registered loopback redirect URIs, tried in order
     * @param signInTimeout how long one attempt waits for the browser
     * @param env           where {@code PINDESK_APP_ID}/{@code PINDESK_APP_SECRET} are looked up
     */
    public record Options(List<String> redirectUris, Duration signInTimeout, Map<String, String> env) {
        public Options {
            redirectUris = List.copyOf(redirectUris);
            env = Map.copyOf(env);
        }

        public static Options defaults(Map<String, String> env) {
            return new Options(RedirectUri.DEFAULTS, Duration.ofMinutes(5), env);
        }
    }

    private final AccountsFile file;
    private final Supplier<TokenStores.Selection> storeChoice;
    private final LocalSandboxService sandbox;
    private final Options options;
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "accounts");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<Optional<AccountSession>>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<AccountStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final Map<String, SignedInSession> sessions = new LinkedHashMap<>();

    private TokenStores.Selection selection;
    /** A restore started by {@link #restoreEarly}, until {@link #restore()} takes it. */
    private java.util.concurrent.CompletableFuture<Optional<AccountSession>> earlyRestore;
    private volatile SignedInSession current;
    private volatile AccountStatus status = new AccountStatus(Status.SIGNED_OUT, null, "");
    private volatile String storageWarning = "";
    private AuthorizationFlow flow;
    private AuthorizationFlow.Attempt running;

    public AccountService(AppDirs dirs, Supplier<TokenStores.Selection> storeChoice, LocalSandboxService sandbox,
            Options options) {
        this.file = new AccountsFile(dirs.config(), Json.files());
        this.storeChoice = storeChoice;
        this.sandbox = sandbox;
        this.options = options;
    }

    // ---- CurrentAccount ----

    @Override
    public Optional<AccountSession> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Runnable addListener(Consumer<Optional<AccountSession>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public Runnable addStatusListener(Consumer<AccountStatus> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    public AccountStatus status() {
        return status;
    }

    /** Non-empty when sign-ins will not be remembered (no keychain) or the last save failed: show as a banner. */
    public String storageWarning() {
        return storageWarning;
    }

    /** Where the account list lives: a command line can tell "never signed in" without touching the keychain. */
    public static java.nio.file.Path accountsFile(AppDirs dirs) {
        return dirs.config().resolve(AccountsFile.FILE_NAME);
    }

    /** The API base a loaded account talks to (for the local sandbox: where it runs now). */
    public synchronized Optional<URI> apiBase(String accountKey) {
        SignedInSession s = sessions.get(accountKey);
        if (s != null) {
            return Optional.of(s.apiBase());
        }
        return read().find(accountKey).map(r -> URI.create(r.apiBase()));
    }

    public List<String> redirectUris() {
        return options.redirectUris();
    }

    public LocalSandboxService sandbox() {
        return sandbox;
    }

    // ---- accounts ----

    /** The key of the account last used (from accounts.json), whether or not its sign-in is loaded. */
    public Optional<String> currentKey() {
        return Optional.ofNullable(read().current());
    }

    public List<AccountRecord> accounts() {
        return read().accounts();
    }

    /** The saved App ID: accounts.json, else {@code PINDESK_APP_ID}. */
    public Optional<String> savedAppId() {
        String id = read().appId();
        if (id == null || id.isBlank()) {
            id = options.env().get(APP_ID_ENV);
        }
        return Optional.ofNullable(id).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** True when an App secret for {@code appId} is in the keychain or the environment. */
    public boolean hasAppSecret(String appId) {
        return appSecret(appId) != null;
    }

    /**
     * Restores the last account at startup: its tokens from the keychain, the local sandbox started first when it
     * belongs there. A restart stays signed in; a missing or unreadable sign-in gives a status instead.
     */
    public Optional<AccountSession> restore() {
        java.util.concurrent.CompletableFuture<Optional<AccountSession>> early;
        synchronized (this) {
            early = earlyRestore;
            earlyRestore = null;
        }
        if (early != null) {
            try {
                return early.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return restoreNow();
    }

    /**
     * Starts {@link #restore()} on {@code executor} now; the next {@code restore()} call takes its result. The app
     * calls this as soon as its services exist, beside the JavaFX toolkit start: opening the keychain and reading
     * the sign-in takes about half a second, which the window would otherwise wait for after it is shown.
     */
    public void restoreEarly(java.util.concurrent.Executor executor) {
        synchronized (this) {
            if (earlyRestore == null) {
                earlyRestore = java.util.concurrent.CompletableFuture.supplyAsync(this::restoreNow, executor);
            }
        }
    }

    private Optional<AccountSession> restoreNow() {
        store();
        AccountsFile.Data data = read();
        if (data.current() == null) {
            return Optional.empty();
        }
        Optional<AccountRecord> record = data.find(data.current());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        try {
            activate(record.get());
        } catch (SignInProblem e) {
            setStatus(new AccountStatus(Status.NEEDS_SIGN_IN, record.get().key(), e.getMessage()));
        }
        return current();
    }

    /** Makes a known account the current one (its tokens from the store). */
    public AccountSession switchTo(String accountKey) throws SignInProblem {
        AccountRecord record = read().find(accountKey)
                .orElseThrow(() -> new SignInProblem(SignInProblem.Kind.OTHER, "There is no account " + accountKey + "."));
        activate(record);
        return current;
    }

    /**
     * Signs out: deletes the account's keychain item and its tokens in memory, and forgets its metadata. Drafts and
     * other local data under the account key stay on disk.
     */
    public void signOut(String accountKey) {
        SignedInSession s;
        synchronized (this) {
            s = sessions.remove(accountKey);
        }
        TokenManager tokens = s != null ? s.tokens() : null;
        if (tokens == null) {
            AccountRecord r = read().find(accountKey).orElse(null);
            StoreResult<Void> deleted = store().delete(accountKey);
            if (deleted.isFailed()) {
                LOG.warn("Could not delete the keychain item of {}: {}", accountKey, deleted.problem().kind());
            }
            LOG.debug("Signed out {} (not loaded: {})", accountKey, r == null);
        } else {
            StoreResult<Void> deleted = tokens.signOut();
            if (deleted.isFailed()) {
                LOG.warn("Could not delete the keychain item of {}: {}", accountKey, deleted.problem().kind());
            }
            s.close();
        }
        write(read().without(accountKey));
        if (current != null && current.accountKey().equals(accountKey)) {
            current = null;
            setStatus(new AccountStatus(Status.SIGNED_OUT, null, ""));
            fire();
        }
    }

    /** Remembers the App ID (accounts.json) and its secret (keychain only). */
    public void saveAppCredentials(String appId, String appSecret) throws SignInProblem {
        String id = requireAppId(appId);
        write(read().withAppId(id));
        if (appSecret != null && !appSecret.isBlank()) {
            StoreResult<Void> saved = store().saveAppSecret(id, appSecret.strip());
            if (saved.isFailed()) {
                throw new SignInProblem(SignInProblem.Kind.KEYCHAIN_UNAVAILABLE,
                        "The App secret could not be saved: " + saved.problem().userMessage());
            }
        }
    }

    // ---- sign-in ----

    /**
     * Starts a sign-in: the loopback listener, then the browser. One at a time: a new one cancels the previous.
     *
     * @throws SignInProblem when it cannot start (ports busy, missing App ID/secret, sandbox failed to start)
     */
    public SignInAttempt beginSignIn(SignInTarget target, SystemBrowser browser) throws SignInProblem {
        Objects.requireNonNull(target, "target");
        store();
        Endpoints ep = resolve(target);
        OAuthClient oauth = new OAuthClient(ep.apiBase(), ep.credentials());
        OAuthTokenEndpoint tokenEndpoint = new OAuthTokenEndpoint(oauth);
        List<RedirectUri> redirects;
        try {
            redirects = options.redirectUris().stream().map(RedirectUri::parse).toList();
        } catch (IllegalArgumentException e) {
            oauth.close();
            throw new SignInProblem(SignInProblem.Kind.NOT_CONFIGURED, e.getMessage());
        }
        AuthorizationFlow.Config config = new AuthorizationFlow.Config(ep.authorizeUrl(), ep.credentials().clientId(),
                redirects, REQUESTED_SCOPES.stream().map(Scope::wireName).toList(), options.signInTimeout(), 10);
        AuthorizationFlow.Attempt attempt;
        synchronized (this) {
            if (running != null) {
                running.cancel(); // one sign-in at a time; frees its port
            }
            if (flow != null) {
                flow.close();
            }
            flow = new AuthorizationFlow(config, tokenEndpoint, browser::open);
            try {
                attempt = flow.start();
            } catch (PortsBusyException e) {
                oauth.close();
                throw new SignInProblem(SignInProblem.Kind.PORTS_BUSY, e.getMessage(), e.ports(), List.of(), null);
            }
            running = attempt;
        }
        CompletableFuture<AccountSession> result = attempt.result().handleAsync((grant, failure) -> {
            if (failure != null) {
                oauth.close();
                throw new java.util.concurrent.CompletionException(SignInProblems.from(failure));
            }
            try {
                return finish(target, ep, oauth, tokenEndpoint, grant);
            } catch (SignInProblem e) {
                oauth.close();
                throw new java.util.concurrent.CompletionException(e);
            }
        }, worker);
        return new FlowSignInAttempt(attempt, result);
    }

    private AccountSession finish(SignInTarget target, Endpoints ep, OAuthClient oauth, OAuthTokenEndpoint tokenEndpoint,
            TokenGrant grant) throws SignInProblem {
        AccountEnvironment env = target.environment();
        List<String> missing = REQUIRED_SCOPES.stream().map(Scope::wireName).filter(s -> !grant.scopes().contains(s)).toList();
        if (!missing.isEmpty()) {
            throw new SignInProblem(SignInProblem.Kind.MISSING_SCOPES, "PinDesk needs permission to "
                    + String.join(", ", missing) + ", which was not granted. Sign in again and leave "
                    + (missing.size() == 1 ? "it" : "them") + " ticked on the consent page.", List.of(), missing, null);
        }
        UserAccount user;
        try (PinterestClient probe = PinterestClient.builder(ep.apiBase()).tokens(AccessTokenSource.fixed(grant.accessToken())).build()) {
            user = probe.userAccount();
        } catch (ApiException e) {
            throw new SignInProblem(SignInProblem.Kind.NETWORK, "Signed in, but the account could not be read: " + e.getMessage(),
                    List.of(), List.of(), e);
        }
        String key = accountKey(env, ep.apiBase(), user);
        AccountRecord record = new AccountRecord(key, user.id(), user.username(), env.id(), ep.apiBase().toString(),
                ep.authorizeUrl().toString(), ep.credentials().clientId(), List.copyOf(grant.scopes()), user.profileImageUrl());
        if (env.needsAppCredentials()) {
            // Only credentials that just worked are remembered: a mistyped secret never replaces a good one.
            saveAppCredentials(ep.credentials().clientId(),
                    target.appSecret() != null && !target.appSecret().isBlank() ? target.appSecret() : null);
        }
        TokenManager tokens = new TokenManager(key, store(), tokenEndpoint);
        StoreProblem saveProblem = tokens.signedIn(grant);
        if (saveProblem != null) {
            storageWarning = saveProblem.userMessage();
        }
        SignedInSession session = new SignedInSession(record, ep.apiBase(), tokens, oauth);
        watch(session);
        synchronized (this) {
            SignedInSession old = sessions.put(key, session);
            if (old != null && old != session) {
                old.close();
            }
            running = null;
        }
        write(read().with(record).withCurrent(key));
        current = session;
        setStatus(new AccountStatus(Status.SIGNED_IN, key, ""));
        fire();
        LOG.info("Signed in {} ({})", key, env.id());
        return session;
    }

    // ---- internals ----

    private record Endpoints(URI apiBase, URI authorizeUrl, ClientCredentials credentials) {}

    private Endpoints resolve(SignInTarget target) throws SignInProblem {
        AccountEnvironment env = target.environment();
        if (env == AccountEnvironment.LOCAL) {
            LocalSandboxService.Endpoint e = startSandbox();
            return new Endpoints(e.apiBase(), e.authorizeUrl(), new ClientCredentials(e.clientId(), e.clientSecret()));
        }
        URI apiBase = env == AccountEnvironment.CUSTOM ? target.apiBase() : env.apiBase().orElseThrow();
        if (apiBase == null) {
            throw new SignInProblem(SignInProblem.Kind.NOT_CONFIGURED, "Enter the API base URL of the server.");
        }
        URI authorize = env == AccountEnvironment.CUSTOM ? AccountEnvironment.authorizeUrlFor(apiBase) : env.authorizeUrl().orElseThrow();
        String appId = target.appId() != null && !target.appId().isBlank() ? target.appId() : savedAppId().orElse(null);
        appId = requireAppId(appId);
        String secret = target.appSecret() != null && !target.appSecret().isBlank() ? target.appSecret().strip() : appSecret(appId);
        if (secret == null) {
            throw new SignInProblem(SignInProblem.Kind.NOT_CONFIGURED,
                    "Enter the App secret of your Pinterest app (or set " + APP_SECRET_ENV + ").");
        }
        return new Endpoints(apiBase, authorize, new ClientCredentials(appId, secret));
    }

    private static String requireAppId(String appId) throws SignInProblem {
        if (appId == null || appId.isBlank()) {
            throw new SignInProblem(SignInProblem.Kind.NOT_CONFIGURED,
                    "Enter the App ID of your Pinterest app (or set " + APP_ID_ENV + ").");
        }
        String id = appId.strip();
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new SignInProblem(SignInProblem.Kind.NOT_CONFIGURED, "The App ID should be the digits shown in the"
                    + " Pinterest developer console.");
        }
        return id;
    }

    private String appSecret(String appId) {
        if (appId == null) {
            return null;
        }
        StoreResult<String> r = store().loadAppSecret(appId);
        if (r.isOk() && r.value() != null && !r.value().isBlank()) {
            return r.value();
        }
        String env = options.env().get(APP_SECRET_ENV);
        return env == null || env.isBlank() ? null : env.strip();
    }

    private LocalSandboxService.Endpoint startSandbox() throws SignInProblem {
        try {
            return sandbox.ensureRunning();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The local sandbox could not start: {}", e.toString());
            throw new SignInProblem(SignInProblem.Kind.OTHER, "The local sandbox could not start: " + e.getMessage());
        }
    }

    /** Opens (or reuses) the session of {@code record} from its stored tokens and makes it current. */
    private void activate(AccountRecord record) throws SignInProblem {
        SignedInSession session;
        synchronized (this) {
            session = sessions.get(record.key());
        }
        if (session == null) {
            session = open(record);
        }
        TokenManager.State state = session.tokens().state();
        if (state != TokenManager.State.SIGNED_IN) {
            state = session.tokens().load();
        }
        switch (state) {
            case SIGNED_IN -> {
                synchronized (this) {
                    sessions.put(record.key(), session);
                }
                current = session;
                write(read().withCurrent(record.key()));
                setStatus(new AccountStatus(Status.SIGNED_IN, record.key(), ""));
                fire();
            }
            case KEYCHAIN_PROBLEM -> {
                session.close();
                setStatus(new AccountStatus(Status.KEYCHAIN_PROBLEM, record.key(), session.tokens().stateMessage()));
                throw new SignInProblem(SignInProblem.Kind.KEYCHAIN_UNAVAILABLE, session.tokens().stateMessage());
            }
            default -> {
                session.close();
                String message = "The saved sign-in of " + record.label() + " is gone. Sign in again; your drafts and"
                        + " queued pins are kept.";
                setStatus(new AccountStatus(Status.NEEDS_SIGN_IN, record.key(), message));
                throw new SignInProblem(SignInProblem.Kind.OTHER, message);
            }
        }
    }

    private SignedInSession open(AccountRecord record) throws SignInProblem {
        URI apiBase;
        ClientCredentials credentials;
        if (record.env() == AccountEnvironment.LOCAL) {
            LocalSandboxService.Endpoint e = startSandbox();
            apiBase = e.apiBase();
            credentials = new ClientCredentials(e.clientId(), e.clientSecret());
        } else {
            apiBase = URI.create(record.apiBase());
            if (record.clientId() == null || record.clientId().isBlank()) {
                // A hand-edited or damaged accounts.json: say what is missing, not "App ID null".
                throw new SignInProblem(SignInProblem.Kind.NOT_CONFIGURED, "No App ID is saved for " + record.label()
                        + ". Enter your Pinterest app's App ID and App secret in Settings and sign in again.");
            }
            String secret = appSecret(record.clientId());
            if (secret == null) {
                throw new SignInProblem(SignInProblem.Kind.NOT_CONFIGURED, "The App secret for App ID " + record.clientId()
                        + " is not saved. Enter it in Settings and sign in again.");
            }
            credentials = new ClientCredentials(record.clientId(), secret);
        }
        OAuthClient oauth = new OAuthClient(apiBase, credentials);
        TokenManager tokens = new TokenManager(record.key(), store(), new OAuthTokenEndpoint(oauth));
        SignedInSession session = new SignedInSession(record, apiBase, tokens, oauth);
        watch(session);
        return session;
    }

    /** A rejected refresh keeps the account current (its drafts and queue stay) but asks to sign in again. */
    private void watch(SignedInSession session) {
        session.tokens().addListener(new TokenManager.Listener() {
            @Override
            public void stateChanged(TokenManager.State state, String message) {
                if (current != session) {
                    return;
                }
                switch (state) {
                    case NEEDS_SIGN_IN -> setStatus(new AccountStatus(Status.NEEDS_SIGN_IN, session.accountKey(), message));
                    case APP_MISCONFIGURED -> setStatus(new AccountStatus(Status.APP_MISCONFIGURED, session.accountKey(), message));
                    case SIGNED_IN -> setStatus(new AccountStatus(Status.SIGNED_IN, session.accountKey(), ""));
                    default -> { }
                }
            }

            @Override
            public void persistenceFailed(StoreProblem problem) {
                storageWarning = problem.userMessage();
                setStatus(status);
            }
        });
    }

    private synchronized TokenStore store() {
        if (selection == null) {
            selection = storeChoice.get();
            if (selection.keychainProblem() != null) {
                storageWarning = selection.keychainProblem().userMessage();
            }
        }
        return selection.store();
    }

    /** True when tokens survive a restart (a working keychain). Blocking on first use. */
    public boolean persistentStorage() {
        store();
        return selection.store().persistent();
    }

    static String accountKey(AccountEnvironment env, URI apiBase, UserAccount user) {
        String who = user.id() != null && !user.id().isBlank() ? user.id() : user.username();
        String where = env == AccountEnvironment.CUSTOM ? "-" + apiBase.getHost() + "." + apiBase.getPort() : "";
        String raw = env.id() + where + "-" + who;
        String safe = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@+-]", "_");
        return safe.length() > 120 ? safe.substring(0, 120) : safe;
    }

    private AccountsFile.Data read() {
        try {
            return file.read();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the account list: " + e.getMessage(), e);
        }
    }

    private void write(AccountsFile.Data data) {
        try {
            file.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the account list: " + e.getMessage(), e);
        }
    }

    private void setStatus(AccountStatus s) {
        status = s;
        for (Consumer<AccountStatus> l : statusListeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("An account status listener failed: {}", e.toString());
            }
        }
    }

    private void fire() {
        Optional<AccountSession> now = current();
        for (Consumer<Optional<AccountSession>> l : listeners) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("An account listener failed: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.cancel();
        }
        if (flow != null) {
            flow.close();
        }
        for (SignedInSession s : new ArrayList<>(sessions.values())) {
            s.close();
        }
        sessions.clear();
        worker.shutdownNow();
        sandbox.close();
        if (selection != null) {
            selection.store().close(); // else the keychain's D-Bus thread keeps the process alive after exit
        }
    }

    @Override
    public String toString() {
        return "AccountService[" + (current == null ? "signed out" : current.accountKey()) + "]";
    }

    static List<String> wire(Scope... scopes) {
        return Arrays.stream(scopes).map(Scope::wireName).toList();
    }
}
