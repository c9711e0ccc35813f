package io.pindesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileTest {

    record Note(String title, List<String> tags) {}

    @TempDir Path dir;

    @Test
    void roundTripsAndReportsAMissingFileAsEmpty() throws IOException {
        JsonFile<Note> file = new JsonFile<>(dir.resolve("note.json"), Note.class, Json.files());
        assertTrue(file.read().isEmpty());
        file.write(new Note("Lemon tart", List.of("baking", "dessert")));
        assertEquals(new Note("Lemon tart", List.of("baking", "dessert")), file.read().orElseThrow());
    }

    @Test
    void aSerializerThatFailsMidDocumentKeepsThePreviousVersion() throws IOException {
        Path path = dir.resolve("note.json");
        new JsonFile<>(path, Note.class, Json.files()).write(new Note("kept", List.of()));

        // A type adapter that writes part of the document and then fails, like a bug or an OOM mid-write.
        Gson failing = new GsonBuilder().registerTypeAdapter(Note.class, new TypeAdapter<Note>() {
            @Override
            public void write(JsonWriter out, Note value) throws IOException {
                out.beginObject().name("title").value(value.title());
                out.flush();
                throw new IOException("interrupted mid-document");
            }

            @Override
            public Note read(JsonReader in) {
                throw new UnsupportedOperationException();
            }
        }).create();
        JsonFile<Note> broken = new JsonFile<>(path, Note.class, failing);
        assertThrows(IOException.class, () -> broken.write(new Note("lost", List.of())));

        assertEquals("kept", new JsonFile<Note>(path, Note.class, Json.files()).read().orElseThrow().title());
    }

    @Test
    void aCorruptFileIsMovedAsideNotOverwritten() throws IOException {
        Path path = dir.resolve("note.json");
        Files.writeString(path, "{\"title\": \"half");
        JsonFile<Note> file = new JsonFile<>(path, Note.class, Json.files());

        assertTrue(file.read().isEmpty());

        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("note.json.corrupt-"))
                    .findFirst().orElseThrow();
            assertEquals("{\"title\": \"half", Files.readString(aside), "the user's bytes are kept for recovery");
        }
    }
}
