package io.pindesk.cli;

import io.pindesk.api.ApiException;
import io.pindesk.api.PinterestClient;
import java.util.List;
import java.util.Set;

/** Base of the commands that talk to the Pinterest API: option parsing, client lifetime and error translation. */
abstract class ApiCommand implements Command {

    /** The work of one invocation, given its client. */
    @FunctionalInterface
    interface Work {
        int run(PinterestClient client) throws UsageException, CliFailure, InterruptedException;
    }

    private final ApiAccess access;

    ApiCommand(ApiAccess access) {
        this.access = access;
    }

    static Set<String> withApiBase(Set<String> options) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(options);
        all.add(ApiAccess.API_BASE_OPTION);
        return all;
    }

    /** Runs {@code work} with a client for {@code args}; validation problems are usage errors, API failures exit 1. */
    int withClient(Args args, CliContext ctx, Work work) throws UsageException, CliFailure, InterruptedException {
        try (ApiAccess.Opened opened = access.openSession(args, ctx)) {
            return work.run(opened.client());
        } catch (ApiException e) {
            throw ApiAccess.failure(e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void noPositionals(Args args) throws UsageException {
        List<String> extra = args.positionals();
        if (!extra.isEmpty()) {
            throw new UsageException("unexpected argument '" + extra.get(0) + "'");
        }
    }

    static int limit(Args args) throws UsageException {
        return args.intOption("limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
    }
}
