package io.pindesk.service;

import com.google.gson.Gson;
import io.pindesk.store.JsonFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox journal on disk: one folder per job ({@code <jobId>/job.json} plus its image files). Every write is
 * atomic (temp file, fsync, rename), so a crash leaves either the old or the new state of a job, never half.
 * A folder without {@code job.json} is an enqueue that crashed before it finished and is removed.
 */
final class OutboxStore {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);
    static final String JOB_FILE = "job.json";

    private final Path root;
    private final Gson gson = ServiceJson.gson();

    OutboxStore(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path folder(String jobId) {
        return root.resolve(jobId);
    }

    void save(OutboxJob job) {
        try {
            Files.createDirectories(folder(job.id()));
            new JsonFile<OutboxJob>(folder(job.id()).resolve(JOB_FILE), OutboxJob.class, gson).write(job);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the outbox at " + folder(job.id()), e);
        }
    }

    List<OutboxJob> loadAll() {
        List<OutboxJob> jobs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return jobs;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : dirs) {
                Path file = dir.resolve(JOB_FILE);
                if (!Files.exists(file)) {
                    LOG.info("Removing unfinished outbox entry {}", dir.getFileName());
                    deleteFolder(dir);
                    continue;
                }
                try {
                    new JsonFile<OutboxJob>(file, OutboxJob.class, gson).read().ifPresent(jobs::add);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping unreadable outbox entry {}: {}", dir.getFileName(), e.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the outbox at " + root, e);
        }
        jobs.sort(Comparator.comparing(OutboxJob::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(OutboxJob::id));
        return jobs;
    }

    void delete(String jobId) {
        deleteFolder(folder(jobId));
    }

    static void deleteFolder(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }
}
