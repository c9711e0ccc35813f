package io.pindesk.ui.settings;

import io.pindesk.service.AccountService;
import io.pindesk.ui.common.UiAsync;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Pinterest app settings: App ID (a file), App secret (keychain only), where sign-ins are kept. */
public final class SettingsViewModel {

    private final AccountService accounts;
    private final UiAsync async;
    private final StringProperty appId = new SimpleStringProperty("");
    private final StringProperty appSecret = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper storageKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper messageKey = new ReadOnlyStringWrapper("");

    public SettingsViewModel(AccountService accounts, UiAsync async) {
        this.accounts = accounts;
        this.async = async;
    }

    /** Reads the saved App ID and the kind of storage, off the UI thread. */
    public void load() {
        message.set("");
        messageKey.set("");
        async.run(() -> new Object[] {accounts.savedAppId().orElse(""), accounts.persistentStorage()}, v -> {
            appId.set((String) v[0]);
            storageKey.set((Boolean) v[1] ? "settings.storage.keychain" : "settings.storage.session");
        }, e -> message.set(String.valueOf(e.getMessage())));
    }

    public void save() {
        String id = appId.get();
        String secret = appSecret.get();
        async.run(() -> {
            accounts.saveAppCredentials(id, secret);
            return null;
        }, ok -> {
            appSecret.set("");
            message.set("");
            messageKey.set("settings.saved");
        }, e -> {
            messageKey.set("");
            message.set(String.valueOf(e.getMessage()));
        });
    }

    public List<String> redirectUris() {
        return accounts.redirectUris();
    }

    public StringProperty appIdProperty() {
        return appId;
    }

    public StringProperty appSecretProperty() {
        return appSecret;
    }

    /** An i18n key: where sign-ins are kept. */
    public ReadOnlyStringProperty storageKeyProperty() {
        return storageKey.getReadOnlyProperty();
    }

    /** A problem in words (from the service), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** An i18n key of a confirmation, or empty. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey.getReadOnlyProperty();
    }
}
