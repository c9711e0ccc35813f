package io.pindesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a main class of this class path in a fresh JVM, so each figure starts from a clean heap and cold JIT. */
final class ChildJvm {

    /** Headless JavaFX (Monocle, software rendering): the same platform the UI tests use. */
    static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dtestfx.headless=true");

    record Output(int exitCode, String text) {
        List<String> lines() {
            return text.lines().toList();
        }
    }

    private ChildJvm() {}

    static Output run(List<String> jvmArgs, String mainClass, List<String> args, Map<String, String> env,
            long timeoutSeconds) throws IOException, InterruptedException {
        return run(jvmArgs, System.getProperty("java.class.path"), mainClass, args, env, timeoutSeconds);
    }

    /** As above, on a class path of the caller's choosing. */
    static Output run(List<String> jvmArgs, String classPath, String mainClass, List<String> args,
            Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        return run(List.of(), jvmArgs, classPath, mainClass, args, env, timeoutSeconds);
    }

    /** As above, with the java command started through {@code prefix} (e.g. {@link KeychainSession#prefix()}). */
    static Output run(List<String> prefix, List<String> jvmArgs, String classPath, String mainClass,
            List<String> args, Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(mainClass + " did not finish in " + timeoutSeconds + " s");
        }
        return new Output(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
