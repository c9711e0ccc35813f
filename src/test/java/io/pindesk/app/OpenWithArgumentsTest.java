package io.pindesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.media.DropData;
import io.pindesk.media.DropPayload;
import io.pindesk.media.DropResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenWithArgumentsTest {

    @Test
    void filesAndUrlsBecomeADropForTheComposer(@TempDir Path dir) throws Exception {
        Path jpeg = dir.resolve("tart.jpg");
        Files.write(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        List<DropData> drops = OpenWithArguments.toDrops(List.of("--smoke", jpeg.toString(), jpeg.toUri().toString(),
                "https://example.test/lemon.png", "/no/such/file.png"));

        assertEquals(2, drops.size());
        DropResult files = DropPayload.parse(drops.get(0));
        assertEquals(1, files.items().size(), () -> "the file once (path and file: URI are the same): " + files.items());
        DropResult urls = DropPayload.parse(drops.get(1));
        assertEquals(1, urls.items().size(), () -> "the address: " + urls.items());
    }

    @Test
    void nothingToOpenIsEmpty() {
        assertTrue(OpenWithArguments.toDrops(List.of()).isEmpty());
        assertTrue(OpenWithArguments.toDrops(List.of("--smoke", "/no/such/file.png")).isEmpty());
    }
}
