package io.pindesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an image file for {@code pin create}: Pinterest takes only JPEG and PNG inline, so the type is decided by
 * the file's first bytes (not its name), and anything else is refused with a clear reason. Converting other
 * formats arrives with the composer.
 */
final class ImageFiles {

    /** Well under Pinterest's documented 20–32 MB; Base64 adds a third on top. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    record Image(String contentType, byte[] bytes) {}

    private ImageFiles() {}

    static Image read(Path file) throws CliFailure {
        try {
            if (Files.isDirectory(file)) {
                throw new CliFailure(file + " is a folder, not an image file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new CliFailure(file + " is empty");
            }
            if (size > MAX_BYTES) {
                throw new CliFailure(file + " is " + (size / (1024 * 1024)) + " MB; Pinterest takes images up to "
                        + (MAX_BYTES / (1024 * 1024)) + " MB");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(16);
            }
            String type = contentType(head);
            if (type == null) {
                throw new CliFailure(file + " is not a JPEG or PNG image" + describe(head)
                        + "; Pinterest accepts only JPEG and PNG");
            }
            return new Image(type, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new CliFailure("no such file: " + file);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e.getMessage());
        }
    }

    static String contentType(byte[] head) {
        if (startsWith(head, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(head, PNG)) {
            return "image/png";
        }
        return null;
    }

    private static String describe(byte[] head) {
        if (startsWith(head, "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return " (it is a GIF)";
        }
        if (head.length >= 12 && new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                && new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
            return " (it is a WebP)";
        }
        return "";
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
