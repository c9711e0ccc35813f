package io.pindesk.app;

import io.pindesk.media.DropData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Open with PinDesk" and files dropped on the launcher arrive as command-line arguments (directly, or through the
 * single-instance channel). They go down the same path as a drop on the window: this turns them into
 * {@link DropData} for the composer.
 */
final class OpenWithArguments {

    private OpenWithArguments() {}

    /** One drop for the files and one for the addresses: a drop takes its images from one kind of source only. */
    static List<DropData> toDrops(List<String> args) {
        List<Path> files = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue; // --smoke and friends
            }
            String lower = arg.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                urls.add(arg);
                continue;
            }
            try {
                Path p = lower.startsWith("file:") ? Path.of(java.net.URI.create(arg)) : Path.of(arg);
                if (Files.exists(p)) {
                    files.add(p.toAbsolutePath());
                }
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a path PinDesk can open; the composer would only reject it
            }
        }
        List<DropData> drops = new ArrayList<>();
        if (!files.isEmpty()) {
            drops.add(DropData.builder().files(files).build());
        }
        if (!urls.isEmpty()) {
            drops.add(DropData.builder().plainText(String.join("\n", urls)).build());
        }
        return drops;
    }
}
