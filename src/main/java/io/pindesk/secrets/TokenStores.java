package io.pindesk.secrets;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks where tokens live for this app session: the keychain when it works, otherwise memory only. */
public final class TokenStores {

    private static final Logger LOG = LoggerFactory.getLogger(TokenStores.class);

    /**
     * The chosen store and, when the keychain did not pass the startup check, why (for the banner).
     *
     * @param sessionOnly true when tokens will not survive a restart ("Sign-in won't be remembered")
     */
    public record Selection(TokenStore store, StoreProblem keychainProblem, boolean sessionOnly) {}

    private TokenStores() {}

    /**
     * Probes the keychain (blocking, time-limited): call off the JavaFX thread.
     *
     * <p>A keychain that merely did not answer in time (typically waiting on an unlock dialog) is kept,
     * with the problem reported: silently downgrading would lose the sign-in the user is about to unlock
     * (Databricks CLI made the same call). Any other failure means session-only storage.
     */
    public static Selection choose(KeychainTokenStore keychain, Path configDir) {
        StoreProblem problem = keychain.probe();
        TokenStore marked = new MarkedTokenStore(keychain, new SavedSignInMarkers(configDir));
        if (problem == null) {
            return new Selection(marked, null, false);
        }
        if (problem.kind() == StoreProblem.Kind.TIMEOUT) {
            LOG.warn("The keychain did not answer the startup check in time; keeping it: {}", problem.detail());
            return new Selection(marked, problem, false);
        }
        LOG.warn("Using session-only token storage: {}", problem.detail());
        keychain.close();
        return new Selection(new SessionTokenStore(), problem, true);
    }
}
