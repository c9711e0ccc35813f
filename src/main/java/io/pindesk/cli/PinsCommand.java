package io.pindesk.cli;

import io.pindesk.api.Cancellation;
import io.pindesk.api.Listing;
import io.pindesk.domain.Pin;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** {@code pindesk pins --board ID [--section ID]}: the pins of a board or one of its sections. */
public final class PinsCommand extends ApiCommand {

    public PinsCommand() {
        this(ApiAccess.standard());
    }

    PinsCommand(ApiAccess access) {
        super(access);
    }

    @Override
    public String name() {
        return "pins";
    }

    @Override
    public String summary() {
        return "list the pins of a board or section";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: pindesk pins --board BOARD_ID [--section SECTION_ID] [--limit N] [--json]",
                "",
                "Lists pins newest first, one per line: ID, creation time, title. Pages through the",
                "whole board unless --limit is given; output starts with the first page.",
                "",
                "Options:",
                "  --board ID       the board (see 'pindesk boards')",
                "  --section ID     only this section of the board (see 'pindesk sections')",
                "  --limit N        stop after N pins",
                "  --json           print JSON instead of a table",
                ApiAccess.OPTIONS_HELP);
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        Args args = Args.parse(argv, withApiBase(Set.of("board", "section", "limit")), Set.of("json"));
        noPositionals(args);
        String board = args.required("board");
        String section = args.option("section").orElse(null);
        int limit = limit(args);
        return withClient(args, ctx, client -> {
            Listing<Pin> listing = section == null ? client.boardPins(board) : client.sectionPins(board, section);
            if (limit < Listing.DEFAULT_PAGE_SIZE) {
                listing = listing.withPageSize(limit);
            }
            Iterator<Pin> pins = limited(listing.iterator(Cancellation.none()), limit);
            if (args.flag("json")) {
                CliOutput.jsonArray(ctx.out(), pins);
                return Cli.OK;
            }
            int n = 0;
            while (pins.hasNext()) {
                Pin p = pins.next();
                ctx.out().printf("%-20s %-20s %s%n", p.id(), CliOutput.cell(p.createdAt()), CliOutput.cell(p.title()));
                n++;
            }
            if (n == 0) {
                ctx.err().println("no pins");
            }
            return Cli.OK;
        });
    }

    /** Stops after {@code limit} items without fetching a page more than needed. */
    static <T> Iterator<T> limited(Iterator<T> source, int limit) {
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < limit && source.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return source.next();
            }
        };
    }
}
