package io.pindesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir Path dir;

    @Test
    void replacesContentAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("drafts.json");
        AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("second", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the target remains");
        }
    }

    @Test
    void aWriteThatFailsMidwayLeavesThePreviousContentIntact() throws IOException {
        Path file = dir.resolve("settings.json");
        AtomicFiles.write(file, "{\"theme\":\"dark\"}".getBytes(StandardCharsets.UTF_8));

        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("{\"theme\":\"li".getBytes(StandardCharsets.UTF_8)); // half a document reaches the disk…
            out.flush();
            throw new IOException("disk full"); // …then the write dies
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("{\"theme\":\"dark\"}", Files.readString(file), "the old content survives");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the half-written temporary file is cleaned up");
        }
    }

    @Test
    void aRuntimeFailureMidwayAlsoLeavesThePreviousContent() throws IOException {
        Path file = dir.resolve("outbox.json");
        AtomicFiles.write(file, "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write("[1,".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("serializer bug");
        }));
        assertEquals("[1,2,3]", Files.readString(file));
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path file = dir.resolve("a/b/c.json");
        AtomicFiles.write(file, "x".getBytes(StandardCharsets.UTF_8));
        assertEquals("x", Files.readString(file));
    }
}
