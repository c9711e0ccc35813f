package io.pindesk.media;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A downloaded image in a temporary file; {@link #close()} deletes the file.
 *
 * @param format  decided from the bytes received, not the server's Content-Type
 * @param source  the address the user dropped; {@code finalUri} is where redirects ended
 */
public record DownloadedImage(Path file, ImageFormat format, long size, URI source, URI finalUri)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit(); // e.g. still open on Windows: try again at exit
        }
    }
}
