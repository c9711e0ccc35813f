package io.pindesk.secrets;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks where tokens live for this app session: the keychain when it works, otherwise memory only. */
public final class TokenStores {

    private static final Logger LOG = LoggerFactory.getLogger(TokenStores.class);

    /**
     * The chosen store and, when it is the session-only fallback, why the keychain was not usable
     * (for the "Sign-in won't be remembered" banner).
     */
    public record Selection(TokenStore store, StoreProblem keychainProblem) {
        public boolean sessionOnly() {
            return keychainProblem != null;
        }
    }

    private TokenStores() {}

    /** Probes the keychain (blocking, time-limited): call off the JavaFX thread. */
    public static Selection choose(KeychainTokenStore keychain, Path configDir) {
        StoreProblem problem = keychain.probe();
        if (problem == null) {
            return new Selection(new MarkedTokenStore(keychain, new SavedSignInMarkers(configDir)), null);
        }
        LOG.warn("Using session-only token storage: {}", problem.detail());
        keychain.close();
        return new Selection(new SessionTokenStore(), problem);
    }
}
