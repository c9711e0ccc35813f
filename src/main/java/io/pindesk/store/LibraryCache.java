package io.pindesk.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.pindesk.domain.Board;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Section;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One account's saved library under {@code <data>/library/<accountKey>/}: {@code boards.json} (boards and their
 * sections) and one {@code pins/<boardId>.json} per board. Each file is written atomically and only once its
 * content is complete, so an interrupted sync leaves the previous complete copy, never a half list.
 * Blocking file I/O: call off the FX thread.
 */
public final class LibraryCache {

    /** Boards and their sections (board id → sections), as of {@code syncedAt}. */
    public record BoardsDoc(List<Board> boards, Map<String, List<Section>> sections, Instant syncedAt) {
        public BoardsDoc {
            boards = boards == null ? List.of() : List.copyOf(boards);
            sections = sections == null ? Map.of() : Map.copyOf(sections);
        }
    }

    /** Every pin of one board, fetched when the board's {@code board_pins_modified_at} was {@code pinsModifiedAt}. */
    public record PinsDoc(String boardId, Instant pinsModifiedAt, List<Pin> pins) {
        public PinsDoc {
            pins = pins == null ? List.of() : List.copyOf(pins);
        }
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .registerTypeAdapter(Pin.class, new PinJsonAdapter())
            .disableHtmlEscaping()
            .create();

    private final Path dir;
    private final JsonFile<BoardsDoc> boardsFile;

    public LibraryCache(Path dir) {
        this.dir = dir;
        this.boardsFile = new JsonFile<>(dir.resolve("boards.json"), BoardsDoc.class, GSON);
    }

    /** The cache of one account; the key must be file-name safe (letters, digits, dot, dash, underscore). */
    public static LibraryCache forAccount(AppDirs dirs, String accountKey) {
        return new LibraryCache(dirs.data().resolve("library").resolve(safe("account key", accountKey)));
    }

    public Path directory() {
        return dir;
    }

    public Optional<BoardsDoc> readBoards() throws IOException {
        return boardsFile.read();
    }

    public void writeBoards(BoardsDoc doc) throws IOException {
        Files.createDirectories(dir);
        boardsFile.write(doc);
    }

    public Optional<PinsDoc> readPins(String boardId) throws IOException {
        return pinsFile(boardId).read();
    }

    /** Atomic but not forced to disk (see {@link AtomicFiles#replace}): pins can always be fetched again. */
    public void writePins(PinsDoc doc) throws IOException {
        Path target = pinsFile(doc.boardId()).path();
        AtomicFiles.replace(target, out -> PinsDocWriter.write(doc, out));
    }

    public void deletePins(String boardId) throws IOException {
        Files.deleteIfExists(pinsFile(boardId).path());
    }

    /** Removes the pin files of boards that are no longer in {@code keep}. */
    public void retainPins(Set<String> keep) throws IOException {
        Path pins = dir.resolve("pins");
        if (!Files.isDirectory(pins)) {
            return;
        }
        Set<String> keepNames = new HashSet<>();
        keep.forEach(id -> keepNames.add(id + ".json"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pins, "*.json")) {
            for (Path file : files) {
                if (!keepNames.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private JsonFile<PinsDoc> pinsFile(String boardId) {
        return new JsonFile<>(dir.resolve("pins").resolve(safe("board id", boardId) + ".json"), PinsDoc.class, GSON);
    }

    private static String safe(String what, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new IllegalArgumentException(what + " is not usable as a file name");
        }
        return name;
    }

    /** ISO-8601 text; java.time is closed to Gson's reflection on Java 17. */
    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return io.pindesk.domain.IsoInstant.parse(in.nextString());
        }
    }
}
