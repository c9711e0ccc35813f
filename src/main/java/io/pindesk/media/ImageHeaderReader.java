package io.pindesk.media;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Optional;

/**
 * Reads format and dimensions from the first bytes of an image, without decoding pixels, so the
 * pixel-count cap can refuse a decompression bomb before any memory is spent on it. For JPEG it
 * walks the marker segments up to the frame header, picking up the EXIF orientation and the Adobe
 * colour transform on the way.
 */
final class ImageHeaderReader {

    /** What the header says, or a format without dimensions when the header is cut short or damaged. */
    record Result(Optional<ImageFormat> format, ImageHeader header) {}

    private ImageHeaderReader() {}

    /** Reads from the current position of {@code in}; does not close it. */
    static Result read(InputStream in) throws IOException {
        byte[] head = in.readNBytes(MagicBytes.HEAD_LENGTH);
        ImageFormat format = MagicBytes.sniff(head, head.length);
        if (format == null) {
            return new Result(Optional.empty(), null);
        }
        ImageHeader header;
        try {
            header = switch (format) {
                case JPEG -> readJpeg(new DataInputStream(new SequenceInputStream(new ByteArrayInputStream(head), in)));
                case PNG -> readPng(head);
                case GIF -> ImageHeader.of(format, le16(head, 6), le16(head, 8));
                case BMP -> readBmp(head);
                case WEBP -> readWebp(head);
                default -> null;
            };
        } catch (EOFException | ArrayIndexOutOfBoundsException e) {
            header = null; // truncated: the caller reports a damaged file
        }
        if (header != null && (header.width() <= 0 || header.height() <= 0)) {
            header = null;
        }
        return new Result(Optional.of(format), header);
    }

    private static ImageHeader readPng(byte[] b) throws EOFException {
        need(b, 24);
        if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return null;
        }
        return ImageHeader.of(ImageFormat.PNG, be32(b, 16), be32(b, 20));
    }

    private static ImageHeader readBmp(byte[] b) throws EOFException {
        need(b, 26);
        if (le32(b, 14) == 12) {
            return ImageHeader.of(ImageFormat.BMP, le16(b, 18), le16(b, 20));
        }
        return ImageHeader.of(ImageFormat.BMP, le32(b, 18), Math.abs(le32(b, 22))); // negative height = top-down
    }

    private static ImageHeader readWebp(byte[] b) throws EOFException {
        need(b, 30);
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        switch (chunk) {
            case "VP8 ":
                if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
                    return null;
                }
                return ImageHeader.of(ImageFormat.WEBP, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
            case "VP8L":
                if ((b[20] & 0xFF) != 0x2F) {
                    return null;
                }
                int bits = le32(b, 21);
                return ImageHeader.of(ImageFormat.WEBP, (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
            case "VP8X":
                return ImageHeader.of(ImageFormat.WEBP, le24(b, 24) + 1, le24(b, 27) + 1);
            default:
                return null;
        }
    }

    private static ImageHeader readJpeg(DataInputStream in) throws IOException {
        in.readUnsignedShort(); // SOI, already sniffed
        int orientation = 1;
        int adobeTransform = -1;
        while (true) {
            int b = in.readUnsignedByte();
            if (b != 0xFF) {
                continue; // garbage between segments: tolerated, like decoders do
            }
            int marker = in.readUnsignedByte();
            while (marker == 0xFF) {
                marker = in.readUnsignedByte(); // fill bytes
            }
            if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null; // end of image or scan data before any frame header
            }
            int length = in.readUnsignedShort() - 2;
            if (length < 0) {
                return null;
            }
            if (isStartOfFrame(marker)) {
                in.readUnsignedByte(); // sample precision
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                int components = in.readUnsignedByte();
                return new ImageHeader(ImageFormat.JPEG, width, height, orientation, components, adobeTransform);
            }
            if (marker == 0xE1 && length >= 14) {
                byte[] app1 = in.readNBytes(length);
                if (app1.length < length) {
                    throw new EOFException();
                }
                orientation = ExifOrientation.fromApp1(app1).orElse(orientation);
            } else if (marker == 0xEE && length >= 12) {
                byte[] app14 = in.readNBytes(length);
                if (app14.length < length) {
                    throw new EOFException();
                }
                if (app14[0] == 'A' && app14[1] == 'd' && app14[2] == 'o' && app14[3] == 'b' && app14[4] == 'e') {
                    adobeTransform = app14[11] & 0xFF;
                }
            } else {
                in.skipNBytes(length);
            }
        }
    }

    private static boolean isStartOfFrame(int m) {
        return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    }

    private static void need(byte[] b, int n) throws EOFException {
        if (b.length < n) {
            throw new EOFException();
        }
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    private static int le32(byte[] b, int at) {
        return le24(b, at) | (b[at + 3] & 0xFF) << 24;
    }

    private static int be32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
