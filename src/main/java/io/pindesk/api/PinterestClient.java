package io.pindesk.api;

import io.pindesk.domain.Board;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Section;
import io.pindesk.domain.UserAccount;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The Pinterest REST API v5 operations PinDesk uses (pinterest-v5.md §3–§7), mapped to {@code io.pindesk.domain}
 * records. Failures are {@link ApiException}s.
 *
 * <p><b>Threading:</b> every method blocks on the network and may wait out rate limits and backoff. Call it from
 * I/O threads only; never from the JavaFX Application Thread. The client itself is thread-safe and meant to be
 * shared.
 */
public final class PinterestClient implements AutoCloseable {

    /** Pinterest's production API. */
    public static final URI PRODUCTION = URI.create("https://api.pinterest.com/v5");

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final ApiTransport transport;
    private final AccessTokenSource tokens;
    private final CloseableHttpClient ownedHttp;

    private PinterestClient(Builder b) {
        CloseableHttpClient http = b.http != null ? b.http : HttpClientFactory.create(b.settings);
        this.ownedHttp = b.http == null ? http : null;
        this.tokens = Objects.requireNonNull(b.tokens, "an access token source is required");
        this.transport = new ApiTransport(b.apiBase, http, b.pacers, b.retryPolicy, b.maxResponseBytes,
                b.settings.requestDeadline(), b.clock);
    }

    public static Builder builder(URI apiBase) {
        return new Builder(apiBase);
    }

    // ---- user account ---------------------------------------------------------------------------------------

    public UserAccount userAccount() {
        return get(ApiRequest.of(ApiOperation.USER_ACCOUNT_GET, "/user_account"),
                new ObjectReader<>(Wire.AccountJson.class, WireMapper::account));
    }

    // ---- boards ---------------------------------------------------------------------------------------------

    /** The user's boards, including group boards they collaborate on; everything the token's scopes allow. */
    public Listing<Board> boards() {
        return boards(null);
    }

    /**
     * Boards filtered by privacy: {@code ALL}, {@code PUBLIC}, {@code PROTECTED}, {@code SECRET} or
     * {@code PUBLIC_AND_SECRET}; null for everything the token's scopes allow.
     */
    public Listing<Board> boards(String privacyFilter) {
        if (privacyFilter != null && !List.of("ALL", "PUBLIC", "PROTECTED", "SECRET", "PUBLIC_AND_SECRET")
                .contains(privacyFilter)) {
            throw new IllegalArgumentException("unknown board privacy filter '" + privacyFilter + "'");
        }
        PageReader<Wire.BoardJson, Board> reader = new PageReader<>(Wire.BoardJson.class, WireMapper::board);
        return listing(ApiOperation.BOARDS_LIST, "/boards", privacyFilter == null ? List.of()
                : List.of(Map.entry("privacy", privacyFilter)), reader);
    }

    public Board board(String boardId) {
        return get(ApiRequest.of(ApiOperation.BOARDS_GET, "/boards/" + Checks.id("board id", boardId)),
                boardReader());
    }

    public Board createBoard(NewBoard board) {
        return send(ApiRequest.json(ApiOperation.BOARDS_CREATE, "/boards", RequestBodies.newBoard(board).toString()),
                boardReader());
    }

    public Board updateBoard(String boardId, BoardChanges changes) {
        return send(ApiRequest.json(ApiOperation.BOARDS_UPDATE, "/boards/" + Checks.id("board id", boardId),
                RequestBodies.boardChanges(changes).toString()), boardReader());
    }

    public void deleteBoard(String boardId) {
        send(ApiRequest.of(ApiOperation.BOARDS_DELETE, "/boards/" + Checks.id("board id", boardId)), null);
    }

    // ---- sections -------------------------------------------------------------------------------------------

    public Listing<Section> sections(String boardId) {
        String id = Checks.id("board id", boardId);
        return listing(ApiOperation.SECTIONS_LIST, "/boards/" + id + "/sections", List.of(),
                new PageReader<>(Wire.SectionJson.class, j -> WireMapper.section(j, id)));
    }

    public Section createSection(String boardId, String name) {
        String id = Checks.id("board id", boardId);
        return send(ApiRequest.json(ApiOperation.SECTIONS_CREATE, "/boards/" + id + "/sections",
                RequestBodies.section(sectionName(name)).toString()), sectionReader(id));
    }

    public Section updateSection(String boardId, String sectionId, String name) {
        String id = Checks.id("board id", boardId);
        return send(ApiRequest.json(ApiOperation.SECTIONS_UPDATE, "/boards/" + id + "/sections/"
                + Checks.id("section id", sectionId), RequestBodies.section(sectionName(name)).toString()),
                sectionReader(id));
    }

    public void deleteSection(String boardId, String sectionId) {
        send(ApiRequest.of(ApiOperation.SECTIONS_DELETE, "/boards/" + Checks.id("board id", boardId)
                + "/sections/" + Checks.id("section id", sectionId)), null);
    }

    // ---- pins -----------------------------------------------------------------------------------------------

    public Listing<Pin> boardPins(String boardId) {
        return listing(ApiOperation.BOARDS_LIST_PINS, "/boards/" + Checks.id("board id", boardId) + "/pins",
                List.of(), pinPageReader());
    }

    public Listing<Pin> sectionPins(String boardId, String sectionId) {
        return listing(ApiOperation.SECTIONS_LIST_PINS, "/boards/" + Checks.id("board id", boardId) + "/sections/"
                + Checks.id("section id", sectionId) + "/pins", List.of(), pinPageReader());
    }

    /** The user's own pins across boards ({@code GET /pins}). */
    public Listing<Pin> pins() {
        return listing(ApiOperation.PINS_LIST, "/pins", List.of(), pinPageReader());
    }

    public Pin pin(String pinId) {
        return get(ApiRequest.of(ApiOperation.PINS_GET, "/pins/" + Checks.id("pin id", pinId)), pinReader());
    }

    /**
     * Creates a pin. Sent exactly once: if the reply is lost ({@link UnknownOutcomeException}), use
     * {@link #findCreatedPin} before trying again, or the pin may be published twice.
     */
    public Pin createPin(NewPin pin) {
        return send(ApiRequest.json(ApiOperation.PINS_CREATE, "/pins", RequestBodies.newPin(pin).toString()),
                pinReader());
    }

    /** Changes a pin (a beta endpoint at Pinterest, not available to every app). */
    public Pin updatePin(String pinId, PinChanges changes) {
        return send(ApiRequest.json(ApiOperation.PINS_UPDATE, "/pins/" + Checks.id("pin id", pinId),
                RequestBodies.pinChanges(changes).toString()), pinReader());
    }

    public void deletePin(String pinId) {
        send(ApiRequest.of(ApiOperation.PINS_DELETE, "/pins/" + Checks.id("pin id", pinId)), null);
    }

    /** Saves an existing pin to one of the user's boards (optionally a section); returns the new pin. */
    public Pin savePin(String pinId, String boardId, String sectionId) {
        return send(ApiRequest.json(ApiOperation.PINS_SAVE, "/pins/" + Checks.id("pin id", pinId) + "/save",
                RequestBodies.save(Checks.id("board id", boardId), Checks.optionalId("section id", sectionId))
                        .toString()), pinReader());
    }

    /**
     * After an {@link UnknownOutcomeException} from {@link #createPin}: looks among the board's newest
     * {@code lookAt} pins for one that matches what was sent (section, title, description, link, alt text), so
     * the caller can treat the create as done instead of publishing a duplicate. Empty when none matches.
     */
    public Optional<Pin> findCreatedPin(NewPin sent, int lookAt) {
        return findCreatedPin(sent, null, lookAt);
    }

    /**
     * As {@link #findCreatedPin(NewPin, int)}, ignoring pins Pinterest says were created well before
     * {@code sentAt} (10 minutes of clock difference allowed), so an older pin with the same text is not
     * mistaken for the new one.
     */
    public Optional<Pin> findCreatedPin(NewPin sent, Instant sentAt, int lookAt) {
        if (lookAt < 1 || lookAt > 1000) {
            throw new IllegalArgumentException("lookAt must be between 1 and 1000");
        }
        PageIterator<Pin> newest = boardPins(sent.boardId()).withPageSize(Math.min(lookAt, 250))
                .iterator(Cancellation.none());
        List<Pin> candidates = new ArrayList<>();
        for (int i = 0; i < lookAt && newest.hasNext(); i++) {
            Pin p = newest.next();
            boolean tooOld = sentAt != null && p.createdAt() != null
                    && p.createdAt().isBefore(sentAt.minus(CLOCK_SKEW));
            if (!tooOld && matches(sent, p)) {
                candidates.add(p);
            }
        }
        // Pinterest lists a board's pins newest first; when several match, the newest is the one just made.
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    @Override
    public void close() {
        if (ownedHttp != null) {
            HostClients.closeQuietly(ownedHttp);
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------------------

    private static boolean matches(NewPin sent, Pin p) {
        return (sent.sectionId() == null || sent.sectionId().equals(p.sectionId()))
                && sameText(sent.title(), p.title())
                && sameText(sent.description(), p.description())
                && sameText(sent.link(), p.link())
                && sameText(sent.altText(), p.altText());
    }

    /** Pinterest omits empty optional fields, so null and "" are the same; it may trim whitespace. */
    private static boolean sameText(String sent, String got) {
        String a = sent == null ? "" : sent.strip();
        String b = got == null ? "" : got.strip();
        return a.equals(b);
    }

    private static String sectionName(String name) {
        Checks.nonBlank("section name", name);
        return Checks.maxLength("section name", name, Checks.SECTION_NAME_MAX);
    }

    private <T> Listing<T> listing(ApiOperation op, String path, List<Map.Entry<String, String>> fixedQuery,
            PageReader<?, T> reader) {
        return new Listing<>((bookmark, pageSize, cancellation) -> {
            List<Map.Entry<String, String>> q = new ArrayList<>(fixedQuery);
            if (bookmark != null) {
                q.add(Map.entry("bookmark", bookmark));
            }
            q.add(Map.entry("page_size", Integer.toString(pageSize)));
            return transport.execute(ApiRequest.of(op, path).withQuery(q), Credentials.bearer(tokens), reader,
                    ErrorMapper::map, cancellation);
        }, Listing.DEFAULT_PAGE_SIZE);
    }

    private <T> T get(ApiRequest req, BodyParser<T> reader) {
        return send(req, reader);
    }

    private <T> T send(ApiRequest req, BodyParser<T> reader) {
        return transport.execute(req, Credentials.bearer(tokens), reader, ErrorMapper::map, Cancellation.none());
    }

    private static ObjectReader<Wire.BoardJson, Board> boardReader() {
        return new ObjectReader<>(Wire.BoardJson.class, WireMapper::board);
    }

    private static ObjectReader<Wire.SectionJson, Section> sectionReader(String boardId) {
        return new ObjectReader<>(Wire.SectionJson.class, j -> WireMapper.section(j, boardId));
    }

    private static ObjectReader<Wire.PinJson, Pin> pinReader() {
        return new ObjectReader<>(Wire.PinJson.class, WireMapper::pin);
    }

    private static PageReader<Wire.PinJson, Pin> pinPageReader() {
        return new PageReader<>(Wire.PinJson.class, WireMapper::pin, PinPageBytes::parse);
    }

    /** Configuration of a client; only the API base and the token source are required. */
    public static final class Builder {
        private final URI apiBase;
        private AccessTokenSource tokens;
        private Pacers pacers;
        private RetryPolicy retryPolicy = RetryPolicy.STANDARD;
        private HttpSettings settings = HttpSettings.STANDARD;
        private CloseableHttpClient http;
        private long maxResponseBytes = 32L * 1024 * 1024;
        private Clock clock = Clock.systemUTC();

        private Builder(URI apiBase) {
            this.apiBase = checkBase(apiBase);
        }

        public Builder tokens(AccessTokenSource tokens) {
            this.tokens = tokens;
            return this;
        }

        /** The application-wide pacers; without them the client gets its own {@link Pacers#standard()}. */
        public Builder pacers(Pacers pacers) {
            this.pacers = pacers;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy);
            return this;
        }

        public Builder httpSettings(HttpSettings settings) {
            this.settings = Objects.requireNonNull(settings);
            return this;
        }

        /** A shared client from {@link HostClients}; it is then not closed by this client. */
        public Builder http(CloseableHttpClient http) {
            this.http = http;
            return this;
        }

        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxResponseBytes too small");
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public PinterestClient build() {
            if (pacers == null) {
                pacers = Pacers.standard();
            }
            return new PinterestClient(this);
        }
    }

    /** Accepts only absolute http(s) URLs without query or fragment: the API base, like {@code …/v5}. */
    static URI checkBase(URI base) {
        Objects.requireNonNull(base, "API base");
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || base.getHost() == null
                || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("the API base must be an http(s) URL like "
                    + "https://api.pinterest.com/v5, not '" + base + "'");
        }
        return base;
    }
}
