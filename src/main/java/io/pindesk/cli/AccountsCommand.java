package io.pindesk.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pindesk.service.AccountRecord;
import io.pindesk.service.AccountService;
import java.util.List;
import java.util.Set;

/** {@code pindesk accounts [--json]}: the accounts signed in on this computer, the current one marked. */
public final class AccountsCommand implements Command {

    private final CliAccounts accounts;

    public AccountsCommand() {
        this(CliAccounts.STANDARD);
    }

    AccountsCommand(CliAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public String summary() {
        return "list the signed-in accounts";
    }

    @Override
    public String help() {
        return """
                Usage: pindesk accounts [--json]

                Lists the accounts PinDesk has signed in to (key, username, environment, API base), the current
                one marked with '*'. Reads no token.
                """;
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException {
        Args args = Args.parse(argv, Set.of(), Set.of("json"));
        ApiCommand.noPositionals(args);
        try (AccountService service = accounts.apply(ctx)) {
            List<AccountRecord> list = service.accounts();
            String current = currentKey(service);
            if (args.flag("json")) {
                JsonArray out = new JsonArray();
                for (AccountRecord a : list) {
                    JsonObject o = new JsonObject();
                    o.addProperty("key", a.key());
                    o.addProperty("username", a.username());
                    o.addProperty("environment", a.environment());
                    o.addProperty("api_base", a.apiBase());
                    o.addProperty("current", a.key().equals(current));
                    JsonArray scopes = new JsonArray();
                    a.scopes().forEach(scopes::add);
                    o.add("scopes", scopes);
                    out.add(o);
                }
                ctx.out().println(CliOutput.JSON.toJson(out));
                return Cli.OK;
            }
            if (list.isEmpty()) {
                ctx.out().println("No accounts. Sign in with 'pindesk login'.");
                return Cli.OK;
            }
            for (AccountRecord a : list) {
                ctx.out().println((a.key().equals(current) ? "* " : "  ") + a.key() + "\t" + a.username() + "\t"
                        + a.env().displayName() + "\t" + a.apiBase());
            }
            return Cli.OK;
        }
    }

    static String currentKey(AccountService service) {
        return service.currentKey().orElse(null);
    }
}
