package io.pindesk.cli;

import io.pindesk.api.Cancellation;
import io.pindesk.api.PageIterator;
import io.pindesk.domain.Section;
import java.util.List;
import java.util.Set;

/** {@code pindesk sections --board ID}: the sections of one board. */
public final class SectionsCommand extends ApiCommand {

    public SectionsCommand() {
        this(ApiAccess.standard());
    }

    SectionsCommand(ApiAccess access) {
        super(access);
    }

    @Override
    public String name() {
        return "sections";
    }

    @Override
    public String summary() {
        return "list the sections of a board";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: pindesk sections --board BOARD_ID [--json]",
                "",
                "Lists the board's sections, one per line: ID and name.",
                "",
                "Options:",
                "  --board ID       the board (see 'pindesk boards')",
                "  --json           print JSON instead of a table",
                ApiAccess.OPTIONS_HELP);
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        Args args = Args.parse(argv, withApiBase(Set.of("board")), Set.of("json"));
        noPositionals(args);
        String board = args.required("board");
        return withClient(args, ctx, client -> {
            PageIterator<Section> sections = client.sections(board).iterator(Cancellation.none());
            if (args.flag("json")) {
                CliOutput.jsonArray(ctx.out(), sections);
                return Cli.OK;
            }
            int n = 0;
            while (sections.hasNext()) {
                Section s = sections.next();
                ctx.out().printf("%-20s %s%n", s.id(), CliOutput.cell(s.name()));
                n++;
            }
            if (n == 0) {
                ctx.err().println("no sections on board " + board);
            }
            return Cli.OK;
        });
    }
}
