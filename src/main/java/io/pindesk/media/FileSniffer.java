package io.pindesk.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells what a dropped file is. The one piece of I/O in drop parsing, kept behind an interface so
 * {@link DropPayload} stays a pure function in tests.
 */
@FunctionalInterface
public interface FileSniffer {

    /** What a file turned out to be; {@code format} is set for {@link Kind#IMAGE}. */
    record Check(Kind kind, Optional<ImageFormat> format) {
        public static Check image(ImageFormat format) {
            return new Check(Kind.IMAGE, Optional.of(format));
        }

        public static Check of(Kind kind) {
            return new Check(kind, Optional.empty());
        }
    }

    enum Kind { IMAGE, NOT_AN_IMAGE, FOLDER, MISSING, UNREADABLE }

    Check check(Path file);

    /** Reads at most the first 512 bytes of the file: the format comes from magic bytes, not the name. */
    FileSniffer MAGIC_BYTES = file -> {
        if (Files.isDirectory(file)) {
            return Check.of(Kind.FOLDER);
        }
        if (!Files.exists(file)) {
            return Check.of(Kind.MISSING);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return MagicBytes.sniff(in.readNBytes(MagicBytes.HEAD_LENGTH))
                    .map(Check::image)
                    .orElse(Check.of(Kind.NOT_AN_IMAGE));
        } catch (IOException | SecurityException e) {
            return Check.of(Kind.UNREADABLE);
        }
    };
}
