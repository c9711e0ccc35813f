package io.pindesk.cli;

import com.google.gson.JsonObject;
import io.pindesk.api.ApiException;
import io.pindesk.api.PinterestClient;
import io.pindesk.domain.Scope;
import io.pindesk.service.AccountSession;
import io.pindesk.service.CancelSignal;
import io.pindesk.service.LibraryException;
import io.pindesk.service.LibraryService;
import io.pindesk.service.SyncResult;
import io.pindesk.store.LibraryCache;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code pindesk sync}: brings the saved library (boards, sections, pin metadata) up to date; prints counts and time. */
public final class SyncCommand extends ApiCommand {

    /** How long the command waits for the saved copy before it ends (about 60 ms for 15,000 pins). */
    private static final java.time.Duration SAVE_WAIT = java.time.Duration.ofSeconds(30);

    public SyncCommand() {
        this(ApiAccess.standard());
    }

    SyncCommand(ApiAccess access) {
        super(access);
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return "update the saved library (boards, sections, pins) and print counts and time";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: pindesk sync [--json]",
                "",
                "Fetches every board, its sections and its pins into PinDesk's library cache (the same one the",
                "app shows at start). Boards whose pins did not change since the last sync are skipped; the",
                "others are fetched in parallel. Prints the totals and the time taken.",
                "",
                "Options:",
                "  --json           print JSON instead of a sentence",
                ApiAccess.OPTIONS_HELP);
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        Args args = Args.parse(argv, withApiBase(Set.of()), Set.of("json"));
        noPositionals(args);
        URI base = ApiAccess.apiBase(args);
        return withClient(args, ctx, client -> {
            String key = accountKey(client, base);
            LibraryService library = new LibraryService(new CliSession(key, client),
                    LibraryCache.forAccount(ctx.dirs(), key));
            library.loadCache();
            SyncResult r;
            try {
                r = library.sync(p -> { }, new CancelSignal());
            } catch (LibraryException e) {
                throw new CliFailure(e.getMessage(), e);
            } finally {
                // The saved copy is written behind the sync; this process ends next.
                if (!library.awaitSaved(SAVE_WAIT)) {
                    ctx.err().println("pindesk: the library is still being saved; the next sync completes it.");
                }
            }
            print(ctx, args.flag("json"), r);
            return r.complete() ? Cli.OK : Cli.FAILURE;
        });
    }

    private static void print(CliContext ctx, boolean json, SyncResult r) {
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("boards", r.boards());
            o.addProperty("sections", r.sections());
            o.addProperty("pins", r.pins());
            o.addProperty("boards_fetched", r.boardsFetched());
            o.addProperty("boards_skipped", r.boardsSkipped());
            o.addProperty("items_loaded", r.itemsLoaded());
            o.addProperty("elapsed_ms", r.elapsed().toMillis());
            JsonObject failed = new JsonObject();
            r.failedBoards().forEach(failed::addProperty);
            o.add("failed_boards", failed);
            ctx.out().println(CliOutput.JSON.toJson(o));
            return;
        }
        ctx.out().printf(Locale.ROOT, "Synced %d boards, %d sections, %d pins in %.2f s (%d boards fetched, %d unchanged,"
                + " %d items loaded)%n", r.boards(), r.sections(), r.pins(), r.elapsed().toMillis() / 1000.0,
                r.boardsFetched(), r.boardsSkipped(), r.itemsLoaded());
        r.failedBoards().forEach((id, why) -> ctx.err().println("board " + id + " not synced: " + why));
    }

    /** The cache folder name: the user's name at the API host when readable, else the host alone. */
    private static String accountKey(PinterestClient client, URI base) {
        String host = base.getHost() + (base.getPort() > 0 ? "-" + base.getPort() : "");
        String user;
        try {
            user = client.userAccount().username();
        } catch (ApiException e) {
            user = null;
        }
        String key = (user == null || user.isBlank() ? "" : user + "@") + host;
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A token given on the command line: its scopes are unknown, so Pinterest is the judge. */
    private record CliSession(String accountKey, PinterestClient client) implements AccountSession {
        @Override
        public String username() {
            return accountKey;
        }

        @Override
        public String environmentName() {
            return "command line";
        }

        @Override
        public Set<Scope> grantedScopes() {
            return EnumSet.allOf(Scope.class);
        }
    }
}
