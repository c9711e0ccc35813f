package io.pindesk.cli;

import io.pindesk.service.AccountRecord;
import io.pindesk.service.AccountService;
import java.util.List;
import java.util.Set;

/** {@code pindesk logout [ACCOUNT]}: deletes the sign-in from the keychain; local drafts stay. */
public final class LogoutCommand implements Command {

    private final CliAccounts accounts;

    public LogoutCommand() {
        this(CliAccounts.STANDARD);
    }

    LogoutCommand(CliAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "logout";
    }

    @Override
    public String summary() {
        return "sign out (the keychain item is deleted; drafts and queued pins stay)";
    }

    @Override
    public String help() {
        return """
                Usage: pindesk logout [ACCOUNT]

                Signs out of ACCOUNT (a key from 'pindesk accounts'), or of the current account, deleting its
                tokens from the system keychain. Local drafts and queued pins are kept.
                """;
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure {
        Args args = Args.parse(argv, Set.of(), Set.of());
        if (args.positionals().size() > 1) {
            throw new UsageException("unexpected argument '" + args.positionals().get(1) + "'");
        }
        try (AccountService service = accounts.apply(ctx)) {
            List<AccountRecord> known = service.accounts();
            String key = args.positionals().isEmpty() ? AccountsCommand.currentKey(service) : args.positionals().get(0);
            if (key == null) {
                throw new CliFailure("not signed in");
            }
            AccountRecord record = known.stream().filter(a -> a.key().equals(key)).findFirst()
                    .orElseThrow(() -> new CliFailure("no account '" + key + "'; see 'pindesk accounts'"));
            service.signOut(key);
            ctx.out().println("Signed out " + record.label() + ".");
            return Cli.OK;
        }
    }
}
