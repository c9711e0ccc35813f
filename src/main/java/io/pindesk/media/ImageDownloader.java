package io.pindesk.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.CircularRedirectException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultRedirectStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads dropped image addresses into temporary files with Apache HttpClient 5: http/https only,
 * bounded redirects, connect/response timeouts plus an overall deadline (a server trickling bytes
 * can't hold a download forever), the size cap enforced while streaming, and the format decided by
 * the first bytes, not by Content-Type. No automatic retries: the caller decides (see
 * {@link MediaException#isTransient()}).
 *
 * <p>Blocking: call from a background executor. Thread-safe; close it when the app exits.
 */
public final class ImageDownloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDownloader.class);
    private static final String ACCEPT = "image/jpeg,image/png,image/webp,image/gif;q=0.9,image/bmp;q=0.8,*/*;q=0.5";

    /** Network settings; {@link #DEFAULT} suits interactive drops. */
    public record Options(Duration connectTimeout, Duration responseTimeout, Duration totalTimeout, int maxRedirects,
                          String userAgent) {
        public static final Options DEFAULT = new Options(Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(90), 5, "PinDesk");
    }

    private final ImageLimits limits;
    private final Options options;
    private final Path tempDir;
    private final CloseableHttpClient client;

    /** @param tempDir where downloads are written; null for the system temporary directory */
    public ImageDownloader(ImageLimits limits, Options options, Path tempDir) {
        this.limits = limits;
        this.options = options;
        this.tempDir = tempDir;
        Timeout connect = Timeout.of(options.connectTimeout());
        Timeout response = Timeout.of(options.responseTimeout());
        this.client = HttpClients.custom()
                .disableAutomaticRetries() // the default client re-sends; retrying is the caller's decision
                .setUserAgent(options.userAgent())
                .setRedirectStrategy(new HttpOnlyRedirects())
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(8)
                        .setMaxConnPerRoute(4)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(response)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(response)
                        .setRedirectsEnabled(true)
                        .setMaxRedirects(options.maxRedirects())
                        .setCircularRedirectsAllowed(false)
                        .build())
                .build();
    }

    public ImageDownloader(ImageLimits limits) {
        this(limits, Options.DEFAULT, null);
    }

    /** Downloads {@code uri}; the returned file is the caller's to close (delete). */
    public DownloadedImage download(URI uri) throws MediaException {
        String shown = WebAddresses.shown(uri);
        if (!WebAddresses.isHttp(uri)) {
            throw new MediaException(MediaException.Reason.BAD_ADDRESS, "only http and https links can be used: " + shown);
        }
        HttpClientContext context = HttpClientContext.create();
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", ACCEPT);
        long deadline = System.nanoTime() + options.totalTimeout().toNanos();
        try {
            return client.execute(get, context, response -> receive(get, response, uri, finalUri(context, uri), deadline));
        } catch (Refused r) {
            throw r.failure;
        } catch (ConnectTimeoutException e) {
            throw fail(MediaException.Reason.TIMEOUT, "couldn't reach " + uri.getHost() + " in time (no connection after "
                    + options.connectTimeout().toSeconds() + " s)", e);
        } catch (SocketTimeoutException e) {
            throw fail(MediaException.Reason.TIMEOUT, uri.getHost() + " stopped answering while sending " + shown, e);
        } catch (HttpHostConnectException e) {
            throw fail(MediaException.Reason.NETWORK, "couldn't connect to " + uri.getHost() + " (is the address right?)", e);
        } catch (UnknownHostException e) {
            throw fail(MediaException.Reason.NETWORK, "unknown site: " + uri.getHost() + " (check the address or your connection)", e);
        } catch (ClientProtocolException e) {
            throw redirectOrProtocol(e, shown);
        } catch (InterruptedIOException e) {
            throw fail(MediaException.Reason.TIMEOUT, "downloading " + shown + " was interrupted", e);
        } catch (IOException e) {
            throw fail(MediaException.Reason.NETWORK, "downloading " + shown + " failed: " + e.getMessage(), e);
        }
    }

    private MediaException redirectOrProtocol(ClientProtocolException e, String shown) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CircularRedirectException || cause instanceof RedirectException) {
            return fail(MediaException.Reason.HTTP_ERROR, shown + " redirects too often (more than "
                    + options.maxRedirects() + " times or in a circle)", e);
        }
        if (cause instanceof NonHttpRedirect) {
            return fail(MediaException.Reason.BAD_ADDRESS, shown + " redirects to an address that isn't http or https", e);
        }
        return fail(MediaException.Reason.NETWORK, "the site sent an invalid answer for " + shown, e);
    }

    private DownloadedImage receive(HttpGet get, ClassicHttpResponse response, URI uri, URI finalUri, long deadline)
            throws IOException {
        String shown = WebAddresses.shown(uri);
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        InputStream in = null;
        try {
            if (status != 200) {
                throw new Refused(statusFailure(status, shown));
            }
            if (entity == null) {
                throw new Refused(new MediaException(MediaException.Reason.NOT_AN_IMAGE, "the site sent nothing for " + shown));
            }
            if (entity.getContentLength() > limits.maxFileBytes()) {
                throw new Refused(tooLarge(shown, entity.getContentLength()));
            }
            in = entity.getContent();
            byte[] head = in.readNBytes(MagicBytes.HEAD_LENGTH);
            ImageFormat format = checkHead(head, shown, entity.getContentType());
            Path file = Files.createTempFile(tempDir, "pindesk-download-", "." + format.key());
            try {
                long size = copy(head, in, file, shown, deadline);
                LOG.debug("downloaded {} ({} bytes, {})", shown, size, format);
                return new DownloadedImage(file, format, size, uri, finalUri);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            // Closing the body would read a refused (possibly endless) response to its end to
            // reuse the connection; cancelling drops the connection instead.
            get.cancel();
            throw e;
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the connection was cancelled or broke; nothing left to release
                }
            }
        }
    }

    private ImageFormat checkHead(byte[] head, String shown, String contentType) throws Refused {
        if (head.length == 0) {
            throw new Refused(new MediaException(MediaException.Reason.NOT_AN_IMAGE, "the site sent an empty file for " + shown));
        }
        ImageFormat format = MagicBytes.sniff(head).orElse(null);
        if (format == null) {
            String sent = contentType == null ? "" : " (the site sent " + contentType.split(";")[0].trim() + ")";
            throw new Refused(new MediaException(MediaException.Reason.NOT_AN_IMAGE, "not an image: " + shown + sent));
        }
        if (!format.isSupported()) {
            throw new Refused(new MediaException(MediaException.Reason.UNSUPPORTED_FORMAT,
                    shown + ": " + format.unsupportedMessage()));
        }
        return format;
    }

    private long copy(byte[] head, InputStream in, Path file, String shown, long deadline) throws IOException {
        long total = head.length;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.maxFileBytes()) {
                    throw new Refused(tooLarge(shown, -1));
                }
                if (System.nanoTime() > deadline) {
                    throw new Refused(new MediaException(MediaException.Reason.TIMEOUT, "downloading " + shown
                            + " took longer than " + options.totalTimeout().toSeconds() + " s and was stopped"));
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private MediaException tooLarge(String shown, long length) {
        String size = length > 0 ? ImageProbe.megabytes(length) : "more than " + ImageProbe.megabytes(limits.maxFileBytes());
        return new MediaException(MediaException.Reason.TOO_LARGE, "the image at " + shown + " is too large: " + size
                + " (the limit is " + ImageProbe.megabytes(limits.maxFileBytes()) + ")");
    }

    private static MediaException statusFailure(int status, String shown) {
        if (status == 404 || status == 410) {
            return new MediaException(MediaException.Reason.NOT_FOUND,
                    "the image is no longer there (HTTP " + status + "): " + shown);
        }
        if (status == 401 || status == 403) {
            return new MediaException(MediaException.Reason.HTTP_ERROR, "the site refused to hand out the image (HTTP "
                    + status + "): " + shown + ". Save the image and drop the file instead.");
        }
        if (status == 429 || status >= 500) {
            return new MediaException(MediaException.Reason.HTTP_ERROR, "the site couldn't send the image right now (HTTP "
                    + status + "), try again later: " + shown);
        }
        return new MediaException(MediaException.Reason.NOT_FOUND,
                String.format(Locale.ROOT, "the site answered HTTP %d instead of the image: %s", status, shown));
    }

    private static URI finalUri(HttpClientContext context, URI requested) {
        List<URI> hops = context.getRedirectLocations() == null ? List.of() : context.getRedirectLocations().getAll();
        return hops.isEmpty() ? requested : hops.get(hops.size() - 1);
    }

    private static MediaException fail(MediaException.Reason reason, String message, Exception cause) {
        return new MediaException(reason, message, cause);
    }

    @Override
    public void close() {
        client.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
    }

    /** Carries a MediaException through HttpClient's IOException-only response handler. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient MediaException failure;

        Refused(MediaException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    private static final class NonHttpRedirect extends ProtocolException {
        private static final long serialVersionUID = 1L;

        NonHttpRedirect(String message) {
            super(message);
        }
    }

    /** Follows redirects only to http and https addresses (never file:, ftp:, data: …). */
    private static final class HttpOnlyRedirects extends DefaultRedirectStrategy {
        @Override
        public URI getLocationURI(HttpRequest request, HttpResponse response, HttpContext context) throws HttpException {
            URI location = super.getLocationURI(request, response, context);
            if (!WebAddresses.isHttp(location)) {
                throw new NonHttpRedirect("redirect to a non-http address");
            }
            return location;
        }
    }
}
