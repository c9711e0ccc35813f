package io.pindesk.api;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one {@link ApiRequest} with the retry, pacing and token-renewal policy of issue 3:
 *
 * <ul>
 *   <li>every attempt waits for its rate-limit category's {@link Pacer} (shared by all callers);</li>
 *   <li>GET and DELETE are retried on 5xx, 429 and I/O failures with capped, jittered backoff; a 429's
 *       {@code Retry-After} pauses the whole category, up to the policy's cap;</li>
 *   <li>POST and PATCH are sent once. A failure after the request may have arrived is an
 *       {@link UnknownOutcomeException}; a failure to connect is a plain {@link NetworkException};</li>
 *   <li>a 401 (other than code 3) asks the credentials for fresh ones once, and retries once only if they
 *       changed (a 401 means nothing was done, so even a POST may be sent again).</li>
 * </ul>
 *
 * <p>Blocking: callers run it on I/O threads, never on the JavaFX Application Thread.
 */
final class ApiTransport {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTransport.class);
    private static final int MAX_ERROR_BODY = 64 * 1024;

    /** Maps an error reply to an exception; the token endpoint has its own. */
    interface ErrorMapping {
        ApiException map(ApiOperation op, ErrorReply reply, Duration retryAfter, Instant retryAt);
    }

    /** The body broke off mid-way (connection closed, chunk error): an I/O failure, not bad JSON. */
    private static final class CutOffException extends IOException {
        CutOffException(IOException cause) {
            super(cause.getClass().getSimpleName(), cause);
        }
    }

    /** The whole exchange took longer than the request deadline and was aborted. */
    private static final class DeadlineException extends InterruptedIOException {
        DeadlineException(IOException cause) {
            super("request deadline passed");
            initCause(cause);
        }
    }

    private record Outcome<T>(T value, ErrorReply error, Duration retryAfter) {}

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pindesk-http-deadline");
        t.setDaemon(true);
        return t;
    });

    private final String base;
    private final CloseableHttpClient http;
    private final Pacers pacers;
    private final RetryPolicy policy;
    private final long maxBodyBytes;
    private final Duration deadline;
    private final Clock clock;

    ApiTransport(URI apiBase, CloseableHttpClient http, Pacers pacers, RetryPolicy policy, long maxBodyBytes,
            Duration deadline, Clock clock) {
        String b = apiBase.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.http = http;
        this.pacers = pacers;
        this.policy = policy;
        this.maxBodyBytes = maxBodyBytes;
        this.deadline = deadline;
        this.clock = clock;
    }

    <T> T execute(ApiRequest req, Credentials credentials, BodyParser<T> parser, ErrorMapping errors,
            Cancellation cancellation) {
        ApiOperation op = req.operation();
        Pacer pacer = pacers.forCategory(op.category());
        Credentials creds = credentials;
        boolean renewed = false;
        boolean mayHaveHappened = false; // an earlier attempt may have done it (reply lost or 5xx)
        int attempt = 0;
        while (true) {
            attempt++;
            cancellation.check();
            Outcome<T> outcome;
            try (Pacer.Permit permit = pacer.acquire(cancellation)) {
                outcome = send(req, creds, parser, cancellation);
            } catch (IOException e) {
                if (cancellation.isCancelled()) {
                    throw new ApiCancelledException("cancelled");
                }
                boolean notSent = neverSent(e);
                if (!op.idempotent() && !notSent) {
                    throw new UnknownOutcomeException(describeIo(op, e) + "; Pinterest may or may not have done it, "
                            + "so it was not sent again", e);
                }
                mayHaveHappened |= !notSent;
                if (attempt < policy.maxAttempts() && (op.idempotent() || notSent)) {
                    LOG.debug("{} {}: {} (attempt {}), retrying", op.operationId(), req.path(),
                            e.getClass().getSimpleName(), attempt);
                    Waits.sleep(policy.backoff(attempt), cancellation);
                    continue;
                }
                throw transportFailure(op, e);
            }
            if (outcome.error() == null) {
                return outcome.value();
            }
            ErrorReply reply = outcome.error();
            int status = reply.status();
            LOG.debug("{} {} -> HTTP {} code {} rid {} (attempt {})", op.operationId(), req.path(), status,
                    reply.code(), reply.requestId(), attempt);
            if (status == 401 && !isMissingScope(reply) && !renewed) {
                renewed = true;
                Optional<Credentials> fresh = creds.renewAfterRejection();
                if (fresh.isPresent()) {
                    creds = fresh.get();
                    attempt--; // the renewal retry does not spend the retry budget
                    continue;
                }
            }
            if (status == 429 && !reply.mentionsSpam()) {
                Duration asked = outcome.retryAfter();
                Duration wait = asked != null ? asked : policy.backoff(attempt);
                boolean withinCap = wait.compareTo(policy.maxRetryAfter()) <= 0;
                pacer.pauseFor(withinCap ? wait : policy.maxRetryAfter());
                if (op.idempotent() && withinCap && attempt < policy.maxAttempts()) {
                    continue; // the pacer holds this and every other request of the category back
                }
                throw errors.map(op, reply, asked, clock.instant().plus(wait));
            }
            if (status == 404 && mayHaveHappened && op.method().equals("DELETE")) {
                // An earlier attempt whose reply was lost did delete it: that is success, not "not found".
                return null;
            }
            if (status >= 500 && op.idempotent() && attempt < policy.maxAttempts()) {
                mayHaveHappened = true;
                Waits.sleep(policy.backoff(attempt), cancellation);
                continue;
            }
            throw errors.map(op, reply, null, null);
        }
    }

    private <T> Outcome<T> send(ApiRequest req, Credentials creds, BodyParser<T> parser, Cancellation cancellation)
            throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(req.operation().method(), uri(req));
        request.setHeader("Authorization", creds.authorization());
        request.setHeader("Accept", "application/json");
        if (req.body() != null) {
            request.setEntity(new StringEntity(req.body(), ContentType.create(req.contentType(),
                    StandardCharsets.UTF_8)));
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try (Cancellation.Registration abortOnCancel = cancellation.whileRunning(request::cancel)) {
            return http.execute(request, response -> handle(response, parser));
        } catch (IOException e) {
            if (expired.get()) {
                // Aborting shows up as "socket closed"; report what really happened.
                throw new DeadlineException(e);
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private <T> Outcome<T> handle(ClassicHttpResponse response, BodyParser<T> parser) throws IOException {
        int status = response.getCode();
        String rid = requestId(response);
        HttpEntity entity = response.getEntity();
        if (status >= 200 && status < 300) {
            if (parser == null) {
                return new Outcome<>(null, null, null);
            }
            if (status == 204 || entity == null) {
                throw new MalformedResponseException("The reply (HTTP " + status + ") had no body, but the request "
                        + "needs one back", status, rid, null);
            }
            return new Outcome<>(parseBody(status, rid, entity, parser), null, null);
        }
        if (status >= 300 && status < 400) {
            // Redirects are not followed (they could carry the token elsewhere); report them as refusals.
            return new Outcome<>(null, ErrorReply.none(status, rid), null);
        }
        byte[] body = readErrorBody(entity);
        Header retryAfter = response.getFirstHeader("Retry-After");
        Duration wait = retryAfter == null ? null : RetryAfter.parse(retryAfter.getValue(), clock.instant());
        return new Outcome<>(null, ErrorReply.parse(status, body, rid), wait);
    }

    /**
     * The whole body; into an array of exactly the announced size when there is a {@code Content-Length} (reading
     * to the end in chunks and joining them allocates every page twice). A body that ends early is a cut-off.
     */
    private byte[] readBody(InputStream in, long announced) throws IOException {
        if (announced < 0 || announced > maxBodyBytes) {
            return in.readAllBytes(); // unknown, or too large: the limit stops the read, nothing is preallocated
        }
        byte[] body = new byte[(int) announced];
        int read = in.readNBytes(body, 0, body.length);
        if (read < body.length) {
            throw new EOFException("the reply ended after " + read + " of " + announced + " bytes");
        }
        return body;
    }

    private <T> T parseBody(int status, String rid, HttpEntity entity, BodyParser<T> parser) throws IOException {
        String type = entity.getContentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).contains("json")) {
            throw new MalformedResponseException("The server answered HTTP " + status + " with " + mime(type)
                    + " instead of JSON; is the API address right?", status, rid, null);
        }
        // The bytes first, then the parse under the background-CPU gate: the gate must never be held while
        // waiting on the network, and parsing many replies at once on every core would freeze the UI.
        byte[] body;
        try (InputStream raw = entity.getContent();
                InputStream in = new LimitedInputStream(raw, maxBodyBytes)) {
            body = readBody(in, entity.getContentLength());
        } catch (LimitedInputStream.TooLargeException e) {
            throw new MalformedResponseException("The reply was larger than " + (maxBodyBytes / (1024 * 1024))
                    + " MB and was not read", status, rid, e);
        } catch (InterruptedIOException e) {
            throw e; // a read timeout or the deadline, reported as such
        } catch (IOException e) {
            throw new CutOffException(e);
        }
        try (BackgroundCpu.Permit cpu = BackgroundCpu.acquire()) {
            // Decoded as it is parsed: a page as one String would be twice its bytes (one curly quote makes the
            // whole text UTF-16), and a sync's garbage is what its GC costs.
            T fast = parser.parseBytes(body); // pages of pins: straight from the bytes, when plain
            if (fast != null) {
                return fast;
            }
            try {
                return parse(new Utf8Reader(body), parser);
            } catch (Utf8Reader.Malformed e) {
                // Not well-formed UTF-8: again with the JDK's decoder, whose replacement characters it always had.
                return parse(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(body),
                        StandardCharsets.UTF_8), parser);
            }
        } catch (LimitedInputStream.TooLargeException e) {
            throw new MalformedResponseException("The reply was larger than " + (maxBodyBytes / (1024 * 1024))
                    + " MB and was not read", status, rid, e);
        } catch (EOFException e) {
            throw new MalformedResponseException("The reply ended in the middle of its JSON", status, rid, e);
        } catch (JsonParseException | IllegalStateException | NumberFormatException | ClassCastException e) {
            throw new MalformedResponseException("The reply was not the JSON Pinterest documents ("
                    + ErrorReply.sanitise(e.getMessage()) + ")", status, rid, e);
        } catch (com.google.gson.stream.MalformedJsonException e) {
            throw new MalformedResponseException("The reply was not valid JSON", status, rid, e);
        } catch (IOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof com.google.gson.stream.MalformedJsonException) {
                throw new MalformedResponseException("The reply was not valid JSON", status, rid, e);
            }
            if (e instanceof InterruptedIOException) {
                throw e; // a read timeout or the deadline, reported as such
            }
            throw new CutOffException(e);
        }
    }

    private static <T> T parse(java.io.Reader text, BodyParser<T> parser) throws IOException {
        try (JsonReader reader = new JsonReader(text)) {
            T value = parser.parse(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalStateException("extra data after the JSON value");
            }
            return value;
        }
    }

    private static byte[] readErrorBody(HttpEntity entity) {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            return in == null ? new byte[0] : in.readNBytes(MAX_ERROR_BODY);
        } catch (IOException e) {
            return new byte[0]; // the status alone still says what happened
        }
    }

    private URI uri(ApiRequest req) {
        try {
            URIBuilder b = new URIBuilder(base + req.path());
            for (Map.Entry<String, String> q : req.query()) {
                b.addParameter(q.getKey(), q.getValue());
            }
            return b.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid API address: " + base, e);
        }
    }

    private static boolean isMissingScope(ErrorReply reply) {
        return reply.code() != null && reply.code() == ErrorMapper.CODE_MISSING_SCOPE;
    }

    /** Failures where the request certainly never reached the server. */
    private static boolean neverSent(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof ConnectionRequestTimeoutException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException;
    }

    private static ApiException transportFailure(ApiOperation op, IOException e) {
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new ApiTimeoutException(describeIo(op, e), e);
        }
        return new NetworkException(describeIo(op, e), e);
    }

    private static String describeIo(ApiOperation op, IOException e) {
        String what;
        if (e instanceof ConnectTimeoutException) {
            what = "could not connect to Pinterest in time";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            what = "could not connect to Pinterest";
        } else if (e instanceof UnknownHostException) {
            what = "the Pinterest host name could not be resolved";
        } else if (e instanceof ConnectionRequestTimeoutException) {
            what = "too many requests were already waiting for a connection";
        } else if (e instanceof SocketTimeoutException) {
            what = "Pinterest did not answer in time";
        } else if (e instanceof CutOffException) {
            what = "the connection broke while the reply was arriving";
        } else if (e instanceof InterruptedIOException) {
            what = "the request took too long and was aborted";
        } else {
            what = "the connection failed (" + e.getClass().getSimpleName() + ")";
        }
        return op.operationId() + ": " + what;
    }

    private static String requestId(ClassicHttpResponse response) {
        Header h = response.getFirstHeader("x-pinterest-rid");
        if (h == null || h.getValue() == null) {
            return null;
        }
        String v = h.getValue().replaceAll("[^A-Za-z0-9._:-]", "");
        return v.isEmpty() ? null : v.substring(0, Math.min(v.length(), 64));
    }

    private static String mime(String contentType) {
        int semi = contentType.indexOf(';');
        return ErrorReply.sanitise(semi < 0 ? contentType : contentType.substring(0, semi));
    }
}
