package io.pindesk.service;

import com.google.gson.Gson;
import io.pindesk.media.PreparedImage;
import io.pindesk.store.AtomicFiles;
import io.pindesk.store.JsonFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts of one account under {@code <data>/drafts/<accountKey>/<draftId>/} ({@code draft.json} plus the
 * prepared image files, so a draft never depends on a temp file). {@link #saveSoon} debounces: the last version
 * is written (atomically) {@code debounce} after the last change, well within a second; {@link #flush} writes
 * pending versions at once (on close). Thread-safe; writes happen on the service's own thread.
 */
public final class DraftService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DraftService.class);
    private static final String DRAFT_FILE = "draft.json";

    private final Path root;
    private final Clock clock;
    private final Duration debounce;
    private final Gson gson = ServiceJson.gson();
    private final ScheduledExecutorService writer;
    private volatile Duration orphanGrace = Duration.ofMinutes(2);
    private final Map<String, Draft> pending = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> timers = new HashMap<>();

    public DraftService(Path root, Clock clock, Duration debounce) {
        this.root = root;
        this.clock = clock;
        this.debounce = debounce;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pindesk-drafts");
            t.setDaemon(true);
            return t;
        });
    }

    public static Path draftsDir(Path dataDir, String accountKey) {
        return dataDir.resolve("drafts").resolve(accountKey);
    }

    public Draft create() {
        return Draft.empty(clock.millis() + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Keeps a prepared image in the draft's folder; returns the file name to reference from the draft. */
    static final String PREVIEW_SUFFIX = ".preview";

    public String addImage(String draftId, PreparedImage image) throws IOException {
        Path dir = root.resolve(draftId);
        Files.createDirectories(dir);
        String name = "image-" + UUID.randomUUID().toString().substring(0, 8)
                + (image.contentType().equals("image/png") ? ".png" : ".jpg");
        AtomicFiles.write(dir.resolve(name), image::writeTo);
        if (image.preview().isPresent()) {
            // Only a convenience for the composer's thumbnails: without it, they are made from the image itself.
            // Not forced to disk either: it can always be made again from the image.
            byte[] preview = image.preview().get();
            AtomicFiles.replace(dir.resolve(name + PREVIEW_SUFFIX), out -> out.write(preview));
        }
        return name;
    }

    public Path imageFile(String draftId, String file) {
        return root.resolve(draftId).resolve(file);
    }

    /** Where {@link #addImage} keeps the small preview of an image; it may not exist (older drafts). */
    public Path previewFile(String draftId, String file) {
        return root.resolve(draftId).resolve(file + PREVIEW_SUFFIX);
    }

    /** Saves {@code draft} after the debounce delay; a newer version replaces a pending one. */
    public void saveSoon(Draft draft) {
        synchronized (pending) {
            pending.put(draft.id(), draft);
            ScheduledFuture<?> old = timers.remove(draft.id());
            if (old != null) {
                old.cancel(false);
            }
            timers.put(draft.id(), writer.schedule(() -> writePending(draft.id()), debounce.toMillis(),
                    TimeUnit.MILLISECONDS));
        }
    }

    /** Writes every pending draft now. */
    public void flush() {
        List<String> ids;
        synchronized (pending) {
            ids = new ArrayList<>(pending.keySet());
        }
        ids.forEach(this::writePending);
    }

    private void writePending(String id) {
        Draft d;
        synchronized (pending) {
            d = pending.remove(id);
            timers.remove(id);
        }
        if (d != null) {
            try {
                saveNow(d);
            } catch (IOException e) {
                LOG.warn("Could not save draft {}: {}", id, e.toString());
            }
        }
    }

    /**
     * How old an unreferenced image file must be before a save removes it. Images are written before the draft
     * that references them (a drop is prepared off the FX thread while the user types), so a young file may
     * belong to a drop still in progress.
     */
    void setOrphanGrace(Duration grace) {
        this.orphanGrace = grace;
    }

    /** Writes the draft at once (atomic) and removes old image files it no longer references. */
    public synchronized Draft saveNow(Draft draft) throws IOException {
        Draft stamped = draft.withUpdatedAt(clock.instant());
        Path dir = root.resolve(draft.id());
        Files.createDirectories(dir);
        new JsonFile<Draft>(dir.resolve(DRAFT_FILE), Draft.class, gson).write(stamped);
        Set<String> keep = new HashSet<>();
        stamped.images().forEach(i -> {
            keep.add(i.file());
            keep.add(i.file() + PREVIEW_SUFFIX);
        });
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "image-*")) {
            for (Path f : files) {
                boolean old = Files.getLastModifiedTime(f).toInstant().isBefore(clock.instant().minus(orphanGrace));
                if (!keep.contains(f.getFileName().toString()) && old) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return stamped;
    }

    /** Every saved draft, newest first; unreadable ones are skipped (and logged). */
    public List<Draft> list() {
        flush();
        List<Draft> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : dirs) {
                read(dir).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the drafts at " + root, e);
        }
        out.sort(Comparator.comparing(Draft::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    public Optional<Draft> load(String id) {
        synchronized (pending) {
            if (pending.containsKey(id)) {
                return Optional.of(pending.get(id));
            }
        }
        return read(root.resolve(id));
    }

    private Optional<Draft> read(Path dir) {
        Path file = dir.resolve(DRAFT_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return new JsonFile<Draft>(file, Draft.class, gson).read();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping unreadable draft {}: {}", dir.getFileName(), e.toString());
            return Optional.empty();
        }
    }

    /** Deletes the draft and its images (a pending save of it is dropped). */
    public synchronized void delete(String id) {
        synchronized (pending) {
            pending.remove(id);
            ScheduledFuture<?> t = timers.remove(id);
            if (t != null) {
                t.cancel(false);
            }
        }
        OutboxStore.deleteFolder(root.resolve(id));
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }
}
