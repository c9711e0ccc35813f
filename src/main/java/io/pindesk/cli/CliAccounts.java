package io.pindesk.cli;

import io.pindesk.secrets.KeychainTokenStore;
import io.pindesk.secrets.TokenStores;
import io.pindesk.service.AccountService;
import io.pindesk.service.LocalSandboxService;
import io.pindesk.store.AppDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * How the CLI gets its account service: the same accounts.json, keychain and local sandbox (fixed port, data
 * under the data folder's {@code sandbox}) as the GUI. Tests supply their own with an in-memory keychain.
 */
@FunctionalInterface
public interface CliAccounts extends Function<CliContext, AccountService> {

    CliAccounts STANDARD = ctx -> {
        AppDirs dirs;
        try {
            dirs = ctx.dirs().ensureCreated();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create PinDesk's folders: " + e.getMessage(), e);
        }
        return new AccountService(dirs,
                () -> TokenStores.choose(KeychainTokenStore.forApp(dirs.data()), dirs.config()),
                new LocalSandboxService(dirs.data().resolve("sandbox")),
                AccountService.Options.defaults(ctx.env()));
    };
}
