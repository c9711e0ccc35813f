package io.pindesk.sandbox;

import com.google.gson.JsonObject;
import io.pindesk.store.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs a sandbox in a child JVM for the kill -9 test: args are the data folder and a file where it announces its
 * port and a token (a file, not stdout, so no token is ever printed).
 */
public final class SandboxChildMain {
    private SandboxChildMain() {}

    public static void main(String[] args) throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().dataDir(Path.of(args[0]))
                .seed(SandboxSeed.empty()).build());
        JsonObject ready = new JsonObject();
        ready.addProperty("port", server.baseUri().getPort());
        ready.addProperty("token", server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES));
        AtomicFiles.write(Path.of(args[1]), ready.toString().getBytes(StandardCharsets.UTF_8));
        Thread.sleep(Long.MAX_VALUE);
    }
}
