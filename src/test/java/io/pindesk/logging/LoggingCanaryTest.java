package io.pindesk.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Pushes canary credentials through every way code can log (message, arguments, exceptions with causes and
 * suppressed ones, MDC, key-value pairs) using the production {@code logback.xml}, then reads both the console
 * and the rolling file: no canary may appear in either.
 */
class LoggingCanaryTest {

    private static final List<String> CANARIES = List.of(
            "pina_CANARYaccess0123456789", "pinr_CANARYrefresh0123456789", "pinc_CANARYclient0123456789",
            "CANARYbearer", "CANARYcode", "CANARYstate", "CANARYverifier", "CANARYsecret");

    @TempDir Path logDir;

    @Test
    void noCanaryReachesConsoleOrFile() throws Exception {
        // The process-wide context, so SLF4J's static MDC and fluent API take their real paths.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        System.setProperty("pindesk.consoleLevel", "DEBUG");
        System.setProperty("pindesk.logLevel", "DEBUG");
        System.setProperty("pindesk.logDir", logDir.toString());
        PrintStream originalErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            configure(context, "/logback.xml");
            Logger log = LoggerFactory.getLogger("io.pindesk.test");

            log.info("token {}", "pina_CANARYaccess0123456789");
            log.warn("rotated to pinr_CANARYrefresh0123456789 and pinc_CANARYclient0123456789");
            log.debug("header Authorization: Bearer CANARYbearer");
            log.info("callback /?code={}&state={}", "CANARYcode", "CANARYstate");
            log.info("body grant_type=authorization_code&code_verifier=CANARYverifier&client_secret=CANARYsecret");
            Exception cause = new IllegalStateException("refresh_token=pinr_CANARYrefresh0123456789");
            Exception top = new RuntimeException("failed for Authorization: Bearer CANARYbearer", cause);
            top.addSuppressed(new IllegalArgumentException("code=CANARYcode"));
            log.error("exchange failed", top);
            log.atInfo().addKeyValue("state", "CANARYstate").log("with key-value state=CANARYstate");
            MDC.put("request", "code=CANARYcode");
            log.info("with MDC");
            MDC.clear();
            log.info("a harmless line that must appear");
        } finally {
            configure(context, "/logback-test.xml"); // closes the production appenders
            System.setErr(originalErr);
            System.clearProperty("pindesk.consoleLevel");
            System.clearProperty("pindesk.logLevel");
            System.clearProperty("pindesk.logDir");
        }

        String consoleText = console.toString(StandardCharsets.UTF_8);
        String fileText;
        try (Stream<Path> files = Files.list(logDir)) {
            StringBuilder sb = new StringBuilder();
            for (Path p : files.toList()) {
                sb.append(Files.readString(p));
            }
            fileText = sb.toString();
        }
        assertTrue(fileText.contains("a harmless line that must appear"), () -> "the file appender really wrote: " + fileText);
        assertTrue(consoleText.contains("a harmless line that must appear"), "the console appender really wrote");
        assertTrue(fileText.contains("exchange failed") && fileText.contains("IllegalStateException"),
                "stack traces are still logged");
        for (String canary : CANARIES) {
            assertFalse(consoleText.contains(canary), () -> canary + " leaked to the console:\n" + consoleText);
            assertFalse(fileText.contains(canary), () -> canary + " leaked to the file:\n" + fileText);
        }
    }

    private static void configure(LoggerContext context, String resource) throws Exception {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL url = LoggingCanaryTest.class.getResource(resource);
        configurator.doConfigure(url);
    }
}
