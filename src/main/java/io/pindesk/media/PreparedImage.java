package io.pindesk.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * An image ready for {@code media_source.image_base64}: a JPEG or PNG without metadata, upright,
 * within the long-edge limit. It holds the encoded bytes once; the base64 body is streamed from
 * them ({@link #writeBase64}) instead of being built as another, 33% larger copy.
 */
public final class PreparedImage {

    private final byte[] buffer;
    private final int length;
    private final ImageFormat format;
    private final int width;
    private final int height;
    private final ImageHeader source;
    private final List<String> warnings;
    private final byte[] preview;

    PreparedImage(byte[] buffer, int length, ImageFormat format, int width, int height, ImageHeader source,
                  List<String> warnings) {
        this(buffer, length, format, width, height, source, warnings, null);
    }

    PreparedImage(byte[] buffer, int length, ImageFormat format, int width, int height, ImageHeader source,
                  List<String> warnings, byte[] preview) {
        this.preview = preview;
        this.buffer = buffer;
        this.length = length;
        this.format = format;
        this.width = width;
        this.height = height;
        this.source = source;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * A small copy ({@value ImagePreparer#PREVIEW_EDGE} px on the long edge, JPEG or PNG) for the composer's list and
     * preview, made from the scaled image while it was in memory: showing the prepared file instead would decode all
     * of it again on the UI's image loader for a thumbnail. Empty when none was made.
     */
    public java.util.Optional<byte[]> preview() {
        return java.util.Optional.ofNullable(preview);
    }

    /** {@code image/jpeg} or {@code image/png}: the only content types Pinterest takes as base64. */
    public String contentType() {
        return format == ImageFormat.PNG ? "image/png" : "image/jpeg";
    }

    /** JPEG or PNG. */
    public ImageFormat format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The original's header: format, stored size and EXIF orientation. */
    public ImageHeader source() {
        return source;
    }

    /** Things the user should know (small, tall, converted); empty when all is well. */
    public List<String> warnings() {
        return warnings;
    }

    /** Size of the encoded image in bytes. */
    public int size() {
        return length;
    }

    /** Length of the base64 text: 4 characters per started group of 3 bytes, no line breaks. */
    public long base64Length() {
        return 4L * ((length + 2) / 3);
    }

    /** Writes plain standard base64 (no {@code data:} prefix, no line breaks); does not close {@code out}. */
    public void writeBase64(OutputStream out) throws IOException {
        OutputStream encoder = Base64.getEncoder().wrap(new NonClosing(out));
        encoder.write(buffer, 0, length);
        encoder.close(); // flushes the final padded group; NonClosing keeps the caller's stream open
    }

    /** The base64 body as a String: a full extra copy; prefer {@link #writeBase64} for request bodies. */
    public String base64() {
        return Base64.getEncoder().encodeToString(length == buffer.length ? buffer : bytes());
    }

    /** Writes the encoded image; does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buffer, 0, length);
    }

    public void writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTo(out);
        }
    }

    /** Reads the encoded image without copying it. */
    public InputStream openStream() {
        return new ByteArrayInputStream(buffer, 0, length);
    }

    /** A copy of the encoded bytes. */
    public byte[] bytes() {
        return java.util.Arrays.copyOf(buffer, length);
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
