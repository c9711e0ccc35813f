package io.pindesk.cli;

import io.pindesk.api.BoardChanges;
import io.pindesk.api.NewBoard;
import io.pindesk.api.PageIterator;
import io.pindesk.api.Cancellation;
import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code pindesk boards}: list, create, update and delete boards. */
public final class BoardsCommand extends ApiCommand {

    public BoardsCommand() {
        this(ApiAccess.standard());
    }

    BoardsCommand(ApiAccess access) {
        super(access);
    }

    @Override
    public String name() {
        return "boards";
    }

    @Override
    public String summary() {
        return "list your boards; create, update or delete one";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage:",
                "  pindesk boards [--privacy FILTER] [--json]",
                "  pindesk boards create --name NAME [--description TEXT]",
                "                        [--privacy PUBLIC|PROTECTED|SECRET] [--json]",
                "  pindesk boards update BOARD_ID [--name NAME] [--description TEXT]",
                "                        [--privacy PUBLIC|SECRET] [--json]",
                "  pindesk boards delete BOARD_ID",
                "",
                "Lists every board the token can see (yours and group boards), one per line:",
                "ID, privacy, pin count, name. FILTER is ALL, PUBLIC, PROTECTED, SECRET or PUBLIC_AND_SECRET.",
                "A board's privacy can be changed to PUBLIC or SECRET only (Pinterest's rule).",
                "",
                "Options:",
                "  --json           print JSON instead of a table",
                ApiAccess.OPTIONS_HELP);
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        String sub = argv.isEmpty() || argv.get(0).startsWith("-") ? "list" : argv.get(0);
        List<String> rest = sub.equals("list") ? argv : argv.subList(1, argv.size());
        switch (sub) {
            case "list":
                return list(Args.parse(rest, withApiBase(Set.of("privacy")), Set.of("json")), ctx);
            case "create":
                return create(Args.parse(rest, withApiBase(Set.of("name", "description", "privacy")),
                        Set.of("json")), ctx);
            case "update":
                return update(Args.parse(rest, withApiBase(Set.of("name", "description", "privacy")),
                        Set.of("json")), ctx);
            case "delete":
                return delete(Args.parse(rest, withApiBase(Set.of()), Set.of()), ctx);
            default:
                throw new UsageException("unknown sub-command '" + sub + "' (use create, update or delete)");
        }
    }

    private int list(Args args, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        noPositionals(args);
        String filter = args.option("privacy").map(p -> p.toUpperCase(Locale.ROOT)).orElse(null);
        return withClient(args, ctx, client -> {
            PageIterator<Board> boards = client.boards(filter).iterator(Cancellation.none());
            if (args.flag("json")) {
                CliOutput.jsonArray(ctx.out(), boards);
                return Cli.OK;
            }
            int n = 0;
            while (boards.hasNext()) {
                printRow(ctx.out(), boards.next());
                n++;
            }
            if (n == 0) {
                ctx.err().println("no boards");
            }
            return Cli.OK;
        });
    }

    private int create(Args args, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        noPositionals(args);
        NewBoard board = new NewBoard(args.required("name"), args.option("description").orElse(null),
                privacy(args, false));
        return withClient(args, ctx, client -> {
            Board made = client.createBoard(board);
            return printResult(ctx, args, made, "Created board ");
        });
    }

    private int update(Args args, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        String id = boardId(args);
        BoardChanges changes;
        try {
            changes = new BoardChanges(args.option("name").orElse(null), args.option("description").orElse(null),
                    privacy(args, true));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return withClient(args, ctx, client -> printResult(ctx, args, client.updateBoard(id, changes),
                "Updated board "));
    }

    private int delete(Args args, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        String id = boardId(args);
        return withClient(args, ctx, client -> {
            client.deleteBoard(id);
            ctx.out().println("Deleted board " + id);
            return Cli.OK;
        });
    }

    private static int printResult(CliContext ctx, Args args, Board board, String verb) {
        if (args.flag("json")) {
            ctx.out().println(CliOutput.JSON.toJson(board));
        } else {
            ctx.out().println(verb + board.id() + " (" + board.name() + ", " + board.privacy() + ")");
        }
        return Cli.OK;
    }

    private static void printRow(PrintStream out, Board b) {
        out.printf("%-20s %-9s %7s  %s%n", b.id(), b.privacy(), CliOutput.cell(b.pinCount()), CliOutput.cell(b.name()));
    }

    private static String boardId(Args args) throws UsageException {
        List<String> p = args.positionals();
        if (p.size() != 1) {
            throw new UsageException(p.isEmpty() ? "give the board ID" : "unexpected argument '" + p.get(1) + "'");
        }
        return p.get(0);
    }

    private static BoardPrivacy privacy(Args args, boolean update) throws UsageException {
        String value = args.option("privacy").orElse(null);
        if (value == null) {
            return null;
        }
        try {
            BoardPrivacy p = BoardPrivacy.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (update && !p.settableOnUpdate()) {
                throw new UsageException("--privacy can only be changed to PUBLIC or SECRET");
            }
            return p;
        } catch (IllegalArgumentException e) {
            String allowed = update ? "PUBLIC or SECRET" : "PUBLIC, PROTECTED or SECRET";
            throw new UsageException("--privacy must be " + allowed + ", not '" + value + "'");
        }
    }
}
