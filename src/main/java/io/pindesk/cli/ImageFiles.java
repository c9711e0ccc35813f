package io.pindesk.cli;

import io.pindesk.media.ImagePreparer;
import io.pindesk.media.MediaException;
import io.pindesk.media.PreparedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an image file for {@code pin create} through the same preparation as the composer: the type is decided by
 * the file's content, WebP/GIF/BMP are converted to JPEG or PNG, large images are scaled down, and a format
 * Pinterest can't take (HEIC and the like) is refused with the pipeline's reason.
 */
final class ImageFiles {

    private ImageFiles() {}

    static PreparedImage read(Path file) throws CliFailure {
        if (Files.isDirectory(file)) {
            throw new CliFailure(file + " is a folder, not an image file");
        }
        if (!Files.exists(file)) {
            throw new CliFailure("no such file: " + file);
        }
        try {
            return new ImagePreparer().prepare(file, file.toString());
        } catch (MediaException e) {
            throw new CliFailure(e.getMessage());
        }
    }
}
