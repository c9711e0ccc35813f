package io.pindesk.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pindesk.sandbox.FaultSpec;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxProfile;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code pindesk sandbox}: runs the local Pinterest v5 sandbox in the foreground until interrupted. */
public final class SandboxCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("port", "data", "profile", "seed", "latency-ms", "faults");

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public String summary() {
        return "run the local Pinterest API sandbox (no Pinterest app or network needed)";
    }

    @Override
    public String help() {
        return """
                Usage: pindesk sandbox [--port N] [--data DIR] [--profile strict|pinterest] [--seed demo|empty|BxP]
                                       [--latency-ms N] [--faults SPEC]

                Runs a local server that speaks the Pinterest REST API v5 (boards, sections, pins, images, OAuth)
                on 127.0.0.1 until you press Ctrl+C. The first output line is one JSON object for scripts
                (api_base, authorize_url, token_url, client_id, client_secret, redirect_uris); a summary follows.

                Options:
                  --port N          port to listen on (default: a free one)
                  --data DIR        where the library persists (default: the PinDesk data folder's 'sandbox')
                  --profile P       strict (1 h access tokens, 365 d refresh, PKCE required; default) or
                                    pinterest (30 d / 60 d continuous refresh, PKCE optional)
                  --seed S          content of a new data folder: demo (default), empty, or BOARDSxPINS e.g. 30x500
                  --latency-ms N    delay every API answer by N milliseconds
                  --faults SPEC     injected failures, e.g. 5xx=0.05,reset=0.01,stall=0.01,stall-ms=3000,seed=7,
                                    org_write=100/60s+retry-after+headers
                """;
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        Args args = Args.parse(argv, OPTIONS, Set.of());
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        SandboxConfig config;
        try {
            config = SandboxConfig.builder()
                    .port(args.intOption("port", 0, 0, 65535))
                    .dataDir(args.option("data").map(Path::of).orElse(ctx.dirs().data().resolve("sandbox")))
                    .profile(SandboxProfile.parse(args.option("profile").orElse("strict")))
                    .seed(SandboxSeed.parse(args.option("seed").orElse("demo")))
                    .latency(Duration.ofMillis(args.intOption("latency-ms", 0, 0, 600_000)))
                    .faults(FaultSpec.parse(args.option("faults").orElse("")))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(config);
        } catch (BindException e) {
            throw new CliFailure("port " + config.port() + " is already in use; pick another with --port");
        } catch (IOException e) {
            throw new CliFailure("cannot start the sandbox: " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ctx.out().println(describe(server));
        ctx.out().println("PinDesk local sandbox is running (" + config.profile().name().toLowerCase() + " profile, "
                + server.boardCount() + " boards, " + server.pinCount() + " pins).");
        ctx.out().println("  API base:       " + server.apiBase());
        ctx.out().println("  Authorize page: " + server.authorizeUrl());
        ctx.out().println("  Token URL:      " + server.tokenUrl());
        ctx.out().println("  Client id:      " + server.clientId());
        ctx.out().println("  Data folder:    " + config.dataDir().toAbsolutePath());
        ctx.out().println("Press Ctrl+C to stop.");
        ctx.out().flush();
        try {
            stopped.await();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is what woke us
            }
        }
        return Cli.OK;
    }

    /** The machine-readable first line. */
    static String describe(SandboxServer server) {
        JsonObject o = new JsonObject();
        o.addProperty("api_base", server.apiBase().toString());
        o.addProperty("authorize_url", server.authorizeUrl().toString());
        o.addProperty("token_url", server.tokenUrl().toString());
        o.addProperty("client_id", server.clientId());
        o.addProperty("client_secret", server.clientSecret());
        JsonArray uris = new JsonArray();
        for (URI u : server.redirectUris()) {
            uris.add(u.toString());
        }
        o.add("redirect_uris", uris);
        return o.toString();
    }
}
