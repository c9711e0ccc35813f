package io.pindesk.sandbox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Checks images given to {@code POST /pins} the way Pinterest does (pinterest-v5 §7.2, §12): only JPEG or PNG,
 * strict Base64, magic bytes matching {@code content_type}, complete files, a size cap; {@code image_url} only over
 * http(s), fetched with a short timeout and no redirects. Every refusal is a 400 that says what is wrong.
 */
final class ImageIntake {

    /** A checked, decoded image. */
    record Accepted(byte[] bytes, String format, BufferedImage image) {}

    private static final Pattern BASE64 = Pattern.compile("^[a-zA-Z0-9+/=]+$");
    private static final int MAX_PIXELS_PER_SIDE = 12_000;

    private final long maxBytes;
    private final Duration timeout;
    private volatile HttpClient http;

    ImageIntake(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    /** Created on first use: most sandboxes (and tests) never fetch a URL, and each client owns a thread. */
    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(timeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                h = http;
            }
        }
        return h;
    }

    Accepted fromBase64(String contentType, String data, String field) throws ApiError {
        if (contentType == null) {
            throw ApiError.invalid(field + ".content_type is required (image/jpeg or image/png).");
        }
        String declared = switch (contentType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> throw ApiError.invalid(field + ".content_type must be image/jpeg or image/png, not '"
                    + contentType + "'.");
        };
        if (data == null || data.isEmpty()) {
            throw ApiError.invalid(field + ".data is empty.");
        }
        if (data.length() > maxBytes / 3 * 4 + 8) {
            throw tooLarge();
        }
        if (!BASE64.matcher(data).matches()) {
            throw ApiError.invalid(field + ".data must be plain standard Base64 (no data: prefix, no line breaks).");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(field + ".data is not valid Base64.");
        }
        Accepted a = check(bytes, field);
        if (!a.format().equals(declared)) {
            throw ApiError.invalid(field + ".content_type is " + contentType + " but the data is a "
                    + (a.format().equals("png") ? "PNG" : "JPEG") + " image.");
        }
        return a;
    }

    Accepted fromUrl(String url, String field) throws ApiError {
        if (url == null || url.isBlank()) {
            throw ApiError.invalid(field + " is required.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiError.invalid("Whoops! It looks like you entered an invalid URL: " + field + " cannot be parsed.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ApiError.invalid("Whoops! It looks like you entered an invalid URL: " + field
                    + " must be an http or https URL.");
        }
        HttpResponse<InputStream> response;
        try {
            response = http().send(HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("User-Agent", "PinDesk-Sandbox-Fetcher").build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw unfetchable(field, "connection timed out");
        } catch (HttpTimeoutException e) {
            throw unfetchable(field, "no answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw unfetchable(field, "connection refused");
        } catch (IOException | IllegalArgumentException e) {
            throw unfetchable(field, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unfetchable(field, "interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw unfetchable(field, "HTTP " + response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw tooLarge();
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return check(bytes, field);
        } catch (IOException e) {
            throw unfetchable(field, "the download broke off");
        }
    }

    private Accepted check(byte[] bytes, String field) throws ApiError {
        if (bytes.length == 0) {
            throw ApiError.invalid("The image of " + field + " is empty.");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        String format = sniff(bytes);
        if (format == null) {
            throw ApiError.invalid("The image of " + field + " is not a JPEG or PNG file.");
        }
        if (!complete(bytes, format)) {
            throw ApiError.invalid("The image of " + field + " is truncated (the file ends early).");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw broken(field);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_PIXELS_PER_SIDE) {
                    throw ApiError.invalid("The image of " + field + " is larger than " + MAX_PIXELS_PER_SIDE
                            + " pixels on a side.");
                }
                BufferedImage img = reader.read(0);
                return new Accepted(bytes, format, img);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw broken(field);
        }
    }

    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        return null;
    }

    /** JPEG must end with EOI (FFD9), PNG with an IEND chunk; decoders silently pad truncated files otherwise. */
    private static boolean complete(byte[] b, String format) {
        int end = b.length;
        if (format.equals("jpg")) {
            while (end > 2 && b[end - 1] == 0) {
                end--;
            }
            return end >= 4 && (b[end - 2] & 0xFF) == 0xFF && (b[end - 1] & 0xFF) == 0xD9;
        }
        return end >= 20 && b[end - 8] == 'I' && b[end - 7] == 'E' && b[end - 6] == 'N' && b[end - 5] == 'D';
    }

    private ApiError tooLarge() {
        return ApiError.invalid("The image is larger than the " + (maxBytes >= 1024 * 1024
                ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB") + " limit.");
    }

    private static ApiError broken(String field) {
        return ApiError.invalid("Sorry, this image is broken: " + field + " could not be decoded.");
    }

    private static ApiError unfetchable(String field, String why) {
        return ApiError.invalid("The image at " + field + " could not be fetched (" + why + ").");
    }
}
