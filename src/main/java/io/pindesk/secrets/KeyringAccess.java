package io.pindesk.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.Locale;

/**
 * The three keychain operations PinDesk uses, so {@link KeychainTokenStore} can be tested against
 * failures java-keyring produces only on some machines (NPE when locked, linkage errors from JNA).
 */
public interface KeyringAccess extends AutoCloseable {

    String get(String service, String account) throws PasswordAccessException;

    void set(String service, String account, String value) throws PasswordAccessException;

    void delete(String service, String account) throws PasswordAccessException;

    @Override
    void close();

    /** Opens a keyring; may be slow (D-Bus connection and session key exchange) and may throw anything. */
    @FunctionalInterface
    interface Factory {
        KeyringAccess open() throws BackendNotSupportedException;
    }

    /** The real java-keyring 1.0.4. */
    static KeyringAccess openJavaKeyring() throws BackendNotSupportedException {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException e) {
            // create() drops the cause; asking for the Secret Service backend by name keeps it, so the
            // user sees e.g. "Missing peer public key" (no provider) instead of "no backend found".
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                keyring = Keyring.create(KeyringStorageType.GNOME_KEYRING);
            } else {
                throw e;
            }
        }
        Keyring k = keyring;
        return new KeyringAccess() {
            @Override
            public String get(String service, String account) throws PasswordAccessException {
                return k.getPassword(service, account);
            }

            @Override
            public void set(String service, String account, String value) throws PasswordAccessException {
                k.setPassword(service, account, value);
            }

            @Override
            public void delete(String service, String account) throws PasswordAccessException {
                k.deletePassword(service, account);
            }

            @Override
            public void close() {
                try {
                    k.close();
                } catch (Exception e) {
                    // closing a D-Bus connection that already failed; nothing to do
                }
            }
        };
    }
}
