package io.pindesk.cli;

import io.pindesk.api.ApiException;
import io.pindesk.domain.UserAccount;
import io.pindesk.service.AccountService;
import io.pindesk.service.AccountSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code pindesk whoami}: the current account, checked against the server (refreshing tokens if needed). */
public final class WhoamiCommand implements Command {

    private final CliAccounts accounts;

    public WhoamiCommand() {
        this(CliAccounts.STANDARD);
    }

    WhoamiCommand(CliAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "whoami";
    }

    @Override
    public String summary() {
        return "show the signed-in account";
    }

    @Override
    public String help() {
        return """
                Usage: pindesk whoami

                Prints the current account's username, environment and API base after asking the server
                (GET /user_account), so it also proves the stored sign-in still works.
                """;
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure {
        Args args = Args.parse(argv, Set.of(), Set.of());
        ApiCommand.noPositionals(args);
        try (AccountService service = accounts.apply(ctx)) {
            Optional<AccountSession> session = service.restore();
            if (session.isEmpty()) {
                String why = service.status().message();
                throw new CliFailure(why == null || why.isBlank() ? "not signed in; run 'pindesk login'" : why);
            }
            UserAccount user;
            try {
                user = session.get().client().userAccount();
            } catch (ApiException e) {
                throw ApiAccess.failure(e);
            }
            ctx.out().println(user.username() + " (" + session.get().environmentName() + ", "
                    + service.apiBase(session.get().accountKey()).map(Object::toString).orElse("?") + ")");
            return Cli.OK;
        }
    }
}
