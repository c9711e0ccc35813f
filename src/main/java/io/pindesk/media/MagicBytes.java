package io.pindesk.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides an image format from the first bytes of a file, never from its name or a server's
 * Content-Type: a ".jpg" that is really HEIC, HTML or text must be recognized as what it is.
 */
public final class MagicBytes {

    /** How many leading bytes {@link #sniff} wants to see (SVG needs room to reach its root tag). */
    public static final int HEAD_LENGTH = 512;

    private MagicBytes() {}

    /** The format these leading bytes announce, or empty when they are not a known image format. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        return Optional.ofNullable(sniff(head, head == null ? 0 : head.length));
    }

    static ImageFormat sniff(byte[] b, int n) {
        if (b == null || n < 3) {
            return null;
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return ImageFormat.JPEG;
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ImageFormat.PNG;
        }
        if (ascii(b, n, 0, "GIF87a") || ascii(b, n, 0, "GIF89a")) {
            return ImageFormat.GIF;
        }
        if (ascii(b, n, 0, "RIFF") && ascii(b, n, 8, "WEBP")) {
            return ImageFormat.WEBP;
        }
        if (ascii(b, n, 0, "BM") && isBmpInfoHeader(b, n)) {
            return ImageFormat.BMP;
        }
        if (ascii(b, n, 4, "ftyp")) {
            return isoMediaBrand(b, n);
        }
        if (starts(b, n, 0xFF, 0x0A) || starts(b, n, 0, 0, 0, 0x0C, 'J', 'X', 'L', ' ')) {
            return ImageFormat.JPEG_XL;
        }
        if (ascii(b, n, 0, "FUJIFILMCCD-RAW") || ascii(b, n, 0, "IIRO") || starts(b, n, 'I', 'I', 'U', 0)
                || (ascii(b, n, 0, "II*") && ascii(b, n, 8, "CR"))) {
            return ImageFormat.RAW;
        }
        if (starts(b, n, 'I', 'I', '*', 0) || starts(b, n, 'M', 'M', 0, '*')) {
            return ImageFormat.TIFF;
        }
        if (ascii(b, n, 0, "%PDF-")) {
            return ImageFormat.PDF;
        }
        if (ascii(b, n, 0, "8BPS")) {
            return ImageFormat.PSD;
        }
        if ((starts(b, n, 0, 0, 1, 0) || starts(b, n, 0, 0, 2, 0)) && n >= 6 && (b[4] != 0 || b[5] != 0)) {
            return ImageFormat.ICO;
        }
        if (looksLikeSvg(b, n)) {
            return ImageFormat.SVG;
        }
        return null;
    }

    private static boolean isBmpInfoHeader(byte[] b, int n) {
        if (n < 18) {
            return false;
        }
        int dib = (b[14] & 0xFF) | (b[15] & 0xFF) << 8 | (b[16] & 0xFF) << 16 | (b[17] & 0xFF) << 24;
        return dib == 12 || dib == 16 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108 || dib == 124;
    }

    /** HEIF and AVIF are ISO media files; the major and compatible brands say which (MP4 video is neither). */
    private static ImageFormat isoMediaBrand(byte[] b, int n) {
        int boxSize = n >= 4 ? ((b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF)) : 0;
        int end = Math.min(n, Math.max(16, Math.min(boxSize, 256)));
        boolean heif = false;
        for (int at = 8; at + 4 <= end; at += 4) {
            if (at == 12) {
                continue; // minor version, not a brand
            }
            String brand = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            switch (brand) {
                case "avif", "avis":
                    return ImageFormat.AVIF;
                case "crx ":
                    return ImageFormat.RAW;
                case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
                    heif = true;
                    break;
                default:
                    break;
            }
        }
        return heif ? ImageFormat.HEIC : null;
    }

    private static boolean looksLikeSvg(byte[] b, int n) {
        String text = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        text = text.stripLeading();
        return text.startsWith("<") && text.toLowerCase(Locale.ROOT).contains("<svg");
    }

    private static boolean starts(byte[] b, int n, int... sig) {
        if (n < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int n, int at, String s) {
        if (n < at + s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
