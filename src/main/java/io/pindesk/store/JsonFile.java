package io.pindesk.store;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON document in one file, written atomically (see {@link AtomicFiles}).
 *
 * <p>A file that cannot be parsed is never silently overwritten: it is moved aside as
 * {@code name.corrupt-<time>} so whatever the user had can still be recovered by hand, and the
 * caller gets {@link Optional#empty()}.
 */
public final class JsonFile<T> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonFile.class);

    private final Path path;
    private final Type type;
    private final Gson gson;

    public JsonFile(Path path, Type type, Gson gson) {
        this.path = path;
        this.type = type;
        this.gson = gson;
    }

    public Path path() {
        return path;
    }

    public Optional<T> read() throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            T value = gson.fromJson(reader, type);
            return Optional.ofNullable(value);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonParseException | IllegalStateException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
            LOG.warn("{} could not be read ({}); kept it as {} and started fresh", path, e.getClass().getSimpleName(), aside);
            Files.move(path, aside);
            return Optional.empty();
        }
    }

    public void write(T value) throws IOException {
        AtomicFiles.write(path, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                gson.toJson(value, type, writer);
            } catch (JsonIOException e) {
                // Gson wraps the writer's IOException; callers deal in IOException.
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            writer.flush();
        });
    }
}
