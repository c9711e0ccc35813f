package io.pindesk.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The gate every image passes before decoding: file-size cap, format by magic bytes, dimensions
 * from the header and the pixel-count cap. Reads at most the header (a few hundred bytes, or a
 * JPEG's segments up to its frame header). Blocking I/O: call it off the FX thread.
 */
public final class ImageProbe {

    private final ImageLimits limits;

    public ImageProbe(ImageLimits limits) {
        this.limits = limits;
    }

    /** Checks a file. {@link MediaException}'s message names the file and says what is wrong. */
    public ImageHeader probe(Path file) throws MediaException {
        return probe(file, label(file));
    }

    /** Checks a file, naming it {@code label} in messages (a download's address rather than its temp file). */
    public ImageHeader probe(Path file, String label) throws MediaException {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new MediaException(MediaException.Reason.NOT_AN_IMAGE, "“" + label + "” is a folder, not an image");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new MediaException(MediaException.Reason.IO, "file not found: " + label, e);
        } catch (IOException e) {
            throw new MediaException(MediaException.Reason.IO, "can't read " + label + ": " + e.getMessage(), e);
        }
        checkSize(size, label);
        try (InputStream in = Files.newInputStream(file)) {
            return check(ImageHeaderReader.read(in), label);
        } catch (IOException e) {
            throw new MediaException(MediaException.Reason.IO, "can't read " + label + ": " + e.getMessage(), e);
        }
    }

    /** Checks bytes already in memory (a paste, a data: URL, a download). */
    public ImageHeader probe(byte[] bytes, String label) throws MediaException {
        checkSize(bytes.length, label);
        try {
            return check(ImageHeaderReader.read(new ByteArrayInputStream(bytes)), label);
        } catch (IOException e) {
            throw new MediaException(MediaException.Reason.IO, "can't read " + label, e); // not reached for arrays
        }
    }

    private void checkSize(long size, String label) throws MediaException {
        if (size == 0) {
            throw new MediaException(MediaException.Reason.NOT_AN_IMAGE, label + " is empty (0 bytes)");
        }
        if (size > limits.maxFileBytes()) {
            throw new MediaException(MediaException.Reason.TOO_LARGE, label + " is too large: " + megabytes(size)
                    + " (the limit is " + megabytes(limits.maxFileBytes()) + ")");
        }
    }

    private ImageHeader check(ImageHeaderReader.Result result, String label) throws MediaException {
        if (result.format().isEmpty()) {
            throw new MediaException(MediaException.Reason.NOT_AN_IMAGE, "not an image: " + label);
        }
        ImageFormat format = result.format().get();
        if (!format.isSupported()) {
            throw new MediaException(MediaException.Reason.UNSUPPORTED_FORMAT,
                    label + ": " + format.unsupportedMessage());
        }
        ImageHeader header = result.header();
        if (header == null) {
            throw new MediaException(MediaException.Reason.DAMAGED,
                    label + " looks like a " + format.displayName() + " image but is damaged or cut short");
        }
        if (header.pixels() > limits.maxPixels()) {
            throw new MediaException(MediaException.Reason.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                    "%s is too large to open safely: %,d × %,d pixels (the limit is %d megapixels)",
                    label, header.width(), header.height(), limits.maxPixels() / 1_000_000));
        }
        return header;
    }

    static String label(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
