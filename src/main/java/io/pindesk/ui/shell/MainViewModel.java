package io.pindesk.ui.shell;

import io.pindesk.service.AccountRecord;
import io.pindesk.service.AccountService;
import io.pindesk.service.AccountSession;
import io.pindesk.service.PreferencesService;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.signin.SignInViewModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window's frame: the theme switch, the status line, and which account is signed in (the
 * header's account menu, the sign-in screen versus the signed-in content, the "sign in again" prompt, the
 * keychain banner). Follows {@code CurrentAccount} through listeners that hop to the UI thread with UiAsync.
 * Toolkit-free, so it is tested without starting JavaFX.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper currentAccountKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final UiAsync async;
    private final AccountService accounts;
    private final SignInViewModel signIn;
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showSignIn = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsSignIn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper needsSignInMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storageWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper username = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environmentName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper avatarUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accountProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<AccountRecord> accountList = FXCollections.observableArrayList();
    private String currentKey;

    public MainViewModel(PreferencesService preferences, UiAsync async, boolean initiallyDark) {
        this(preferences, async, initiallyDark, null, null);
    }

    /**
     * @param accounts the account service (null: no sign-in, as in theme-only tests)
     * @param signIn   the sign-in screen, told when it may be closed and asked to "sign in again"
     */
    public MainViewModel(PreferencesService preferences, UiAsync async, boolean initiallyDark, AccountService accounts,
            SignInViewModel signIn) {
        this.async = async;
        this.accounts = accounts;
        this.signIn = signIn;
        if (signIn != null) {
            signIn.setOnDismiss(() -> showSignIn.set(!signedIn.get()));
        }
        // A returning user (an account in accounts.json) is not greeted with the welcome screen while the keychain
        // restore runs: the window stays on its frame and status line until the account is back or turns out gone.
        if (accounts != null && accounts.currentKey().isPresent()) {
            showSignIn.set(false);
        }
        darkTheme.set(initiallyDark);
        // Persist every change of the switch, off the FX thread; a failed write is reported, the switch stays.
        darkTheme.addListener((obs, was, dark) -> async.background(() -> preferences.setDarkTheme(dark), error -> {
            LOG.warn("Could not remember the theme: {}", error.toString());
            problem.set("settings.saveFailed");
        }));
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public boolean isDarkTheme() {
        return darkTheme.get();
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    /**
     * Follows the current account and restores the last one from the keychain, off the UI thread: a restart
     * stays signed in. Call once, when the window is built.
     */
    public void start() {
        if (accounts == null) {
            return;
        }
        accounts.addListener(current -> async.onUi(() -> apply(current)));
        accounts.addStatusListener(status -> async.onUi(() -> applyStatus(status)));
        restoring.set(true);
        async.run(accounts::restore, restored -> {
            restoring.set(false);
            apply(restored);
            applyStatus(accounts.status());
        }, error -> {
            showSignIn.set(!signedIn.get()); // a returning user's window waited for the restore: offer the sign-in
            restoring.set(false);
            LOG.warn("Could not restore the last sign-in: {}", error.toString());
            accountProblem.set(error.getMessage() == null ? "" : error.getMessage());
        });
    }

    private void apply(Optional<AccountSession> current) {
        boolean in = current.isPresent();
        signedIn.set(in);
        currentKey = current.map(AccountSession::accountKey).orElse(null);
        currentAccountKey.set(currentKey == null ? "" : currentKey);
        username.set(current.map(AccountSession::username).orElse(""));
        environmentName.set(current.map(AccountSession::environmentName).orElse(""));
        showSignIn.set(!in);
        if (signIn != null) {
            signIn.dismissibleProperty().set(in);
        }
        storageWarning.set(accounts.storageWarning());
        refreshAccounts();
    }

    private void applyStatus(AccountService.AccountStatus status) {
        boolean again = status.status() == AccountService.Status.NEEDS_SIGN_IN
                || status.status() == AccountService.Status.APP_MISCONFIGURED
                || status.status() == AccountService.Status.KEYCHAIN_PROBLEM;
        needsSignIn.set(again && status.accountKey() != null);
        needsSignInMessage.set(again ? status.message() : "");
        storageWarning.set(accounts.storageWarning());
    }

    private void refreshAccounts() {
        async.run(accounts::accounts, list -> {
            accountList.setAll(list);
            avatarUrl.set(list.stream().filter(a -> a.key().equals(currentKey)).findFirst()
                    .map(AccountRecord::avatarUrl).orElse(""));
        }, error -> LOG.warn("Could not read the account list: {}", error.toString()));
    }

    public void switchTo(String accountKey) {
        async.run(() -> accounts.switchTo(accountKey), s -> accountProblem.set(""),
                error -> accountProblem.set(error.getMessage() == null ? "" : error.getMessage()));
    }

    /** Signs the current account out: keychain item and tokens gone; local drafts stay on disk. */
    public void signOut() {
        String key = currentKey;
        if (key != null) {
            async.background(() -> accounts.signOut(key), error -> accountProblem.set(String.valueOf(error.getMessage())));
        }
    }

    /** Shows the sign-in screen while someone is signed in ("Add account"). */
    public void addAccount() {
        showSignIn.set(true);
    }

    /** The "sign in again" prompt: same account and environment; every draft and queued item is kept. */
    public void signInAgain() {
        String key = needsSignInKey();
        AccountRecord record = accountList.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
        showSignIn.set(true);
        if (record != null && signIn != null) {
            signIn.signInAgain(record.env(), record.env() == io.pindesk.service.AccountEnvironment.CUSTOM
                    ? URI.create(record.apiBase()) : null);
        }
    }

    private String needsSignInKey() {
        String key = accounts.status().accountKey();
        return key != null ? key : currentKey;
    }

    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** True while the sign-in screen is shown (nobody signed in, adding an account, signing in again). */
    public ReadOnlyBooleanProperty showSignInProperty() {
        return showSignIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty restoringProperty() {
        return restoring.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsSignInProperty() {
        return needsSignIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty needsSignInMessageProperty() {
        return needsSignInMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storageWarningProperty() {
        return storageWarning.getReadOnlyProperty();
    }

    /** The current account's local key, or empty: the shell builds one library screen per account. */
    public ReadOnlyStringProperty currentAccountKeyProperty() {
        return currentAccountKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty usernameProperty() {
        return username.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty environmentNameProperty() {
        return environmentName.getReadOnlyProperty();
    }

    /** The current account's profile image URL, or empty. */
    public ReadOnlyStringProperty avatarUrlProperty() {
        return avatarUrl.getReadOnlyProperty();
    }

    /** A failed switch or sign-out, in words; empty when none. */
    public ReadOnlyStringProperty accountProblemProperty() {
        return accountProblem.getReadOnlyProperty();
    }

    public ObservableList<AccountRecord> accountList() {
        return accountList;
    }

    /** The accounts the menu offers to switch to (all but the current one). */
    public List<AccountRecord> otherAccounts() {
        return accountList.stream().filter(a -> !a.key().equals(currentKey)).toList();
    }

    /** An i18n key of the last problem to show in the status line, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
