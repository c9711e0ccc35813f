package io.pindesk.media;

import java.net.URI;
import java.nio.file.Path;

/** Where a dropped or pasted image comes from. */
public sealed interface ImageSource permits ImageSource.LocalFile, ImageSource.RemoteUrl, ImageSource.InlineBytes {

    /** A short name for lists and messages. */
    String label();

    /** A file on this computer (dragged from a file manager, chosen in "Add images…"). */
    record LocalFile(Path path) implements ImageSource {
        @Override
        public String label() {
            return ImageProbe.label(path);
        }
    }

    /** An http(s) address to download. */
    record RemoteUrl(URI uri) implements ImageSource {
        @Override
        public String label() {
            return WebAddresses.shown(uri);
        }
    }

    /**
     * Image bytes handed over directly: a decoded {@code data:} URL, Chromium's dragged image file,
     * a pasted screenshot. The format was sniffed from the bytes.
     *
     * @param origin how they arrived, for labels ("data: URL", "dragged image", "pasted image")
     */
    record InlineBytes(byte[] bytes, ImageFormat format, String origin) implements ImageSource {
        @Override
        public String label() {
            return origin + " (" + format.displayName() + ", " + ImageProbe.megabytes(bytes.length) + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InlineBytes other && java.util.Arrays.equals(bytes, other.bytes)
                    && format == other.format && origin.equals(other.origin);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes) * 31 + format.hashCode();
        }

        @Override
        public String toString() {
            return "InlineBytes[" + label() + "]";
        }
    }
}
