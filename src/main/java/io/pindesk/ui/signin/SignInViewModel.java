package io.pindesk.ui.signin;

import io.pindesk.service.AccountEnvironment;
import io.pindesk.service.AccountService;
import io.pindesk.service.SignInAttempt;
import io.pindesk.service.SignInProblem;
import io.pindesk.service.SignInTarget;
import io.pindesk.service.SystemBrowser;
import io.pindesk.ui.common.UiAsync;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in screen's state: choose (local sandbox or a Pinterest account), the App ID/secret form, and a
 * running sign-in (the consent address with Copy, the pasted-address fallback, Cancel). Problems become specific
 * messages (denied, timed out, ports busy with their numbers, keychain, App ID/secret, missing scopes).
 * Toolkit-free: tests run it with {@link UiAsync#direct()}.
 */
public final class SignInViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);

    public enum Step { CHOOSE, CONNECT, WAITING }

    private final AccountService accounts;
    private final SystemBrowser browser;
    private final UiAsync async;
    private final ResourceBundle bundle;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper authorizeUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redirectUri = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper browserFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper storageWarning = new ReadOnlyStringWrapper("");
    private final StringProperty appId = new SimpleStringProperty("");
    private final StringProperty appSecret = new SimpleStringProperty("");
    private final StringProperty apiBase = new SimpleStringProperty("");
    private final StringProperty pastedAddress = new SimpleStringProperty("");
    private final ObjectProperty<AccountEnvironment> environment = new SimpleObjectProperty<>(AccountEnvironment.PINTEREST);
    private final ObservableList<String> redirectUris = FXCollections.observableArrayList();
    private final BooleanProperty dismissible = new SimpleBooleanProperty();

    private SignInAttempt attempt;
    private Step returnTo = Step.CHOOSE;
    private Runnable onDismiss = () -> { };

    public SignInViewModel(AccountService accounts, SystemBrowser browser, UiAsync async, ResourceBundle bundle) {
        this.accounts = accounts;
        this.browser = browser;
        this.async = async;
        this.bundle = bundle;
        redirectUris.setAll(accounts.redirectUris());
    }

    // ---- actions ----

    /** The primary path: the embedded sandbox with demo data, through the real PKCE flow in the browser. */
    public void trySandbox() {
        start(SignInTarget.localSandbox(), Step.CHOOSE, text("signin.progress.startingSandbox"));
    }

    public void showConnect() {
        clearMessage();
        step.set(Step.CONNECT);
        if (appId.get().isBlank()) {
            async.run(accounts::savedAppId, id -> id.ifPresent(v -> {
                if (appId.get().isBlank()) {
                    appId.set(v);
                }
            }), e -> LOG.debug("No saved App ID: {}", e.toString()));
        }
    }

    public void back() {
        clearMessage();
        step.set(Step.CHOOSE);
    }

    /** Signs in to a Pinterest environment with the form's App ID (and secret, unless saved). */
    public void connect() {
        AccountEnvironment env = environment.get();
        URI base = null;
        if (env == AccountEnvironment.CUSTOM) {
            try {
                base = new URI(apiBase.get().strip());
                if (base.getScheme() == null || base.getHost() == null) {
                    throw new URISyntaxException(apiBase.get(), "no scheme or host");
                }
            } catch (URISyntaxException e) {
                error(text("signin.error.apiBase"));
                return;
            }
        }
        if (appId.get().isBlank()) {
            error(text("signin.error.appIdMissing"));
            return;
        }
        String secret = appSecret.get().isBlank() ? null : appSecret.get();
        start(new SignInTarget(env, base, appId.get().strip(), secret), Step.CONNECT, text("signin.progress.starting"));
    }

    /** "Sign in again" for an account whose sign-in expired: same environment; local data untouched. */
    public void signInAgain(AccountEnvironment env, URI customBase) {
        if (env == AccountEnvironment.LOCAL) {
            trySandbox();
        } else {
            environment.set(env);
            if (customBase != null) {
                apiBase.set(customBase.toString());
            }
            showConnect();
            start(new SignInTarget(env, customBase, null, null), Step.CONNECT, text("signin.progress.starting"));
        }
    }

    public void cancel() {
        SignInAttempt a = attempt;
        if (a != null) {
            async.background(a::cancel, e -> LOG.warn("Cancel failed: {}", e.toString()));
        } else {
            step.set(returnTo);
        }
    }

    public void submitPastedAddress() {
        SignInAttempt a = attempt;
        String text = pastedAddress.get().strip();
        if (a == null || text.isEmpty()) {
            return;
        }
        async.run(() -> {
            a.submitPastedAddress(text);
            return null;
        }, ok -> pastedAddress.set(""), e -> error(describe(e)));
    }

    public void dismiss() {
        if (attempt == null) {
            clearMessage();
            step.set(Step.CHOOSE);
            onDismiss.run();
        }
    }

    public void setOnDismiss(Runnable action) {
        this.onDismiss = action == null ? () -> { } : action;
    }

    // ---- flow ----

    private void start(SignInTarget target, Step from, String startingText) {
        if (attempt != null) {
            return;
        }
        returnTo = from;
        clearMessage();
        authorizeUrl.set("");
        redirectUri.set("");
        browserFailed.set(false);
        progress.set(startingText);
        step.set(Step.WAITING);
        async.run(() -> accounts.beginSignIn(target, browser), this::started, e -> {
            step.set(returnTo);
            error(describe(e));
        });
    }

    private void started(SignInAttempt a) {
        attempt = a;
        authorizeUrl.set(a.authorizationUri().toString());
        redirectUri.set(a.redirectUri());
        progress.set(text("signin.progress.waiting"));
        a.browserOpened().thenAccept(ok -> async.onUi(() -> {
            if (attempt == a) {
                browserFailed.set(!ok);
            }
        }));
        a.result().whenComplete((session, failure) -> async.onUi(() -> finished(a, failure)));
    }

    private void finished(SignInAttempt a, Throwable failure) {
        if (attempt != a) {
            return;
        }
        attempt = null;
        authorizeUrl.set("");
        progress.set("");
        if (failure == null) {
            appSecret.set("");
            step.set(Step.CHOOSE);
            clearMessage();
            storageWarning.set(accounts.storageWarning());
            return;
        }
        step.set(returnTo);
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof SignInProblem p && p.kind() == SignInProblem.Kind.CANCELLED) {
            info(text("signin.cancelled"));
        } else {
            error(describe(cause));
        }
    }

    /** A problem in the user's language, specific where it helps. */
    String describe(Throwable t) {
        if (!(t instanceof SignInProblem p)) {
            LOG.warn("Sign-in failed: {}", t.getClass().getSimpleName());
            return text("signin.error.unexpected");
        }
        return switch (p.kind()) {
            case DENIED -> text("signin.error.denied");
            case TIMED_OUT -> text("signin.error.timedOut");
            case PORTS_BUSY -> format("signin.error.portsBusy", String.join(", ", p.ports().stream().map(String::valueOf).toList()));
            case INVALID_CLIENT -> text("signin.error.invalidClient");
            case MISSING_SCOPES -> format("signin.error.missingScopes", String.join(", ", p.missingScopes()));
            case KEYCHAIN_UNAVAILABLE -> format("signin.error.keychain", p.getMessage());
            case CANCELLED -> text("signin.cancelled");
            default -> p.getMessage();
        };
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void clearMessage() {
        message.set("");
        messageIsError.set(false);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authorizeUrlProperty() {
        return authorizeUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redirectUriProperty() {
        return redirectUri.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty browserFailedProperty() {
        return browserFailed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storageWarningProperty() {
        return storageWarning.getReadOnlyProperty();
    }

    public StringProperty appIdProperty() {
        return appId;
    }

    public StringProperty appSecretProperty() {
        return appSecret;
    }

    public StringProperty apiBaseProperty() {
        return apiBase;
    }

    public StringProperty pastedAddressProperty() {
        return pastedAddress;
    }

    public ObjectProperty<AccountEnvironment> environmentProperty() {
        return environment;
    }

    /** The environments the Connect form offers (the local sandbox has its own button). */
    public List<AccountEnvironment> connectEnvironments() {
        return List.of(AccountEnvironment.PINTEREST, AccountEnvironment.PINTEREST_SANDBOX, AccountEnvironment.CUSTOM);
    }

    /** The exact redirect URIs to register in the Pinterest developer console. */
    public ObservableList<String> redirectUris() {
        return redirectUris;
    }

    /** True when someone is signed in, so the screen can be closed without signing in (adding an account). */
    public BooleanProperty dismissibleProperty() {
        return dismissible;
    }
}
