package io.pindesk.cli;

import io.pindesk.service.AccountService;
import io.pindesk.service.JobState;
import io.pindesk.service.OutboxJob;
import io.pindesk.service.PublishService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pindesk queue list|retry|clear}: the current account's outbox journal ({@code <data>/outbox/<account>}).
 * It only edits the journal: sending stays with the app's outbox worker, so no sign-in is needed here.
 */
public final class QueueCommand implements Command {

    private final CliAccounts accounts;
    private final Clock clock;

    public QueueCommand() {
        this(CliAccounts.STANDARD, Clock.systemUTC());
    }

    QueueCommand(CliAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One job as {@code queue list --json} prints it. */
    record JobView(String id, String state, String board, String title, String scheduledFor, String notBefore,
            int attempts, String lastError, String pinId) {
        static JobView of(OutboxJob j) {
            return new JobView(j.id(), j.state().name().toLowerCase(java.util.Locale.ROOT),
                    j.boardName() == null ? j.boardId() : j.boardName(), j.label(),
                    j.scheduledFor() == null ? null : j.scheduledFor().toString(),
                    j.notBefore() == null ? null : j.notBefore().toString(), j.attempts(), j.lastError(), j.pinId());
        }
    }

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String summary() {
        return "list, retry or clear the publishing outbox";
    }

    @Override
    public String help() {
        return """
                Usage: pindesk queue list [--json]
                       pindesk queue retry (JOB_ID | --all-failed)
                       pindesk queue clear

                Works on the current account's outbox, the pins the composer queued or scheduled.
                  list      every job: id, state, board, title, scheduled time, last error
                  retry     puts failed jobs back in the queue; PinDesk's outbox sends them while it runs
                  clear     removes published jobs (queued and sending jobs are never removed)
                Changes made while PinDesk is running are picked up at its next start.
                """;
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure {
        if (argv.isEmpty()) {
            throw new UsageException("missing subcommand: list, retry or clear");
        }
        List<String> rest = argv.subList(1, argv.size());
        return switch (argv.get(0)) {
            case "list" -> list(Args.parse(rest, Set.of(), Set.of("json")), ctx);
            case "retry" -> retry(Args.parse(rest, Set.of(), Set.of("all-failed")), ctx);
            case "clear" -> clear(Args.parse(rest, Set.of(), Set.of()), ctx);
            default -> throw new UsageException("unknown subcommand '" + argv.get(0) + "' (list, retry, clear)");
        };
    }

    private PublishService outbox(CliContext ctx) throws CliFailure {
        Optional<String> key;
        try (AccountService service = accounts.apply(ctx)) {
            key = service.currentKey();
        }
        if (key.isEmpty()) {
            throw new CliFailure("no account yet; run 'pindesk login'");
        }
        return PublishService.journal(PublishService.outboxDir(ctx.dirs().data(), key.get()), clock);
    }

    private int list(Args args, CliContext ctx) throws UsageException, CliFailure {
        ApiCommand.noPositionals(args);
        List<OutboxJob> jobs = outbox(ctx).jobs();
        if (args.flag("json")) {
            CliOutput.jsonArray(ctx.out(), jobs.stream().map(JobView::of).iterator());
            return Cli.OK;
        }
        if (jobs.isEmpty()) {
            ctx.out().println("The outbox is empty.");
            return Cli.OK;
        }
        for (OutboxJob j : jobs) {
            JobView v = JobView.of(j);
            ctx.out().println(String.join("\t", CliOutput.cell(v.id()), CliOutput.cell(v.state()),
                    CliOutput.cell(v.board()), CliOutput.cell(v.title()), CliOutput.cell(v.scheduledFor()),
                    CliOutput.cell(v.lastError())));
        }
        return Cli.OK;
    }

    private int retry(Args args, CliContext ctx) throws UsageException, CliFailure {
        boolean all = args.flag("all-failed");
        List<String> ids = args.positionals();
        if (all == !ids.isEmpty() || ids.size() > 1) {
            throw new UsageException("give one JOB_ID or --all-failed");
        }
        PublishService outbox = outbox(ctx);
        List<OutboxJob> targets = new ArrayList<>();
        if (all) {
            outbox.jobs().stream().filter(j -> j.state() == JobState.FAILED).forEach(targets::add);
        } else {
            OutboxJob j = outbox.job(ids.get(0))
                    .orElseThrow(() -> new CliFailure("no job '" + ids.get(0) + "' in the outbox"));
            if (j.state() != JobState.FAILED) {
                throw new CliFailure("job " + j.id() + " is " + j.state().name().toLowerCase(java.util.Locale.ROOT)
                        + "; only failed jobs can be retried");
            }
            targets.add(j);
        }
        targets.forEach(j -> outbox.retry(j.id()));
        ctx.out().println("Requeued " + targets.size() + (targets.size() == 1 ? " job." : " jobs."));
        return Cli.OK;
    }

    private int clear(Args args, CliContext ctx) throws UsageException, CliFailure {
        ApiCommand.noPositionals(args);
        PublishService outbox = outbox(ctx);
        long before = outbox.jobs().stream().filter(j -> j.state() == JobState.PUBLISHED).count();
        outbox.clearPublished();
        ctx.out().println("Removed " + before + " published " + (before == 1 ? "job." : "jobs."));
        return Cli.OK;
    }
}
