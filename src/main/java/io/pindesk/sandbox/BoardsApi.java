package io.pindesk.sandbox;

import static io.pindesk.sandbox.Scopes.BOARDS_READ;
import static io.pindesk.sandbox.Scopes.BOARDS_WRITE;
import static io.pindesk.sandbox.Scopes.PINS_READ;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Boards and board sections (pinterest-v5 §5–§6). */
final class BoardsApi {

    private static final Set<String> LIST_PRIVACY = Set.of("ALL", "PUBLIC", "PROTECTED", "SECRET", "PUBLIC_AND_SECRET");
    private static final Set<String> CREATE_PRIVACY = Set.of("PUBLIC", "PROTECTED", "SECRET");
    private static final Set<String> UPDATE_PRIVACY = Set.of("PUBLIC", "SECRET");
    static final int MAX_BOARD_NAME = 180;
    static final int MAX_BOARD_DESCRIPTION = 500;
    static final int MAX_SECTION_NAME = 180;

    private final ApiContext ctx;
    private final SandboxLibrary library;

    BoardsApi(ApiContext ctx) {
        this.ctx = ctx;
        this.library = ctx.library();
    }

    void register(Router r) {
        r.add("GET", "/v5/user_account", List.of(Scopes.USER_ACCOUNTS_READ),
                c -> SandboxResponse.json(200, ctx.views().account()));
        r.add("GET", "/v5/boards", List.of(BOARDS_READ), this::list);
        r.add("POST", "/v5/boards", List.of(BOARDS_READ, BOARDS_WRITE), this::create);
        r.add("GET", "/v5/boards/{board_id}", List.of(BOARDS_READ),
                c -> SandboxResponse.json(200, ctx.views().board(ctx.visibleBoard(c.param("board_id"), c.scopes()))));
        r.add("PATCH", "/v5/boards/{board_id}", List.of(BOARDS_READ, BOARDS_WRITE), this::update);
        r.add("DELETE", "/v5/boards/{board_id}", List.of(BOARDS_READ, BOARDS_WRITE), this::delete);
        r.add("GET", "/v5/boards/{board_id}/pins", List.of(BOARDS_READ, PINS_READ), this::boardPins);
        r.add("GET", "/v5/boards/{board_id}/sections", List.of(BOARDS_READ), this::sections);
        r.add("POST", "/v5/boards/{board_id}/sections", List.of(BOARDS_READ, BOARDS_WRITE), this::createSection);
        r.add("PATCH", "/v5/boards/{board_id}/sections/{section_id}", List.of(BOARDS_READ, BOARDS_WRITE),
                this::updateSection);
        r.add("DELETE", "/v5/boards/{board_id}/sections/{section_id}", List.of(BOARDS_READ, BOARDS_WRITE),
                this::deleteSection);
        r.add("GET", "/v5/boards/{board_id}/sections/{section_id}/pins", List.of(BOARDS_READ, PINS_READ),
                this::sectionPins);
    }

    private SandboxResponse list(Router.Call c) throws ApiError {
        String privacy = c.query().getOrDefault("privacy", "ALL");
        if (!LIST_PRIVACY.contains(privacy)) {
            throw ApiError.invalid("privacy must be one of " + String.join(", ", LIST_PRIVACY) + ".");
        }
        Predicate<SandboxBoard> wanted = switch (privacy) {
            case "PUBLIC" -> b -> b.privacy.equals("PUBLIC");
            case "PROTECTED" -> SandboxBoard::isProtected;
            case "SECRET" -> SandboxBoard::secret;
            case "PUBLIC_AND_SECRET" -> b -> !b.isProtected();
            default -> b -> true;
        };
        Paging.Page<SandboxBoard> page = Paging.page(library.boards, c.query(),
                b -> Access.canSee(b, c.scopes()) && wanted.test(b));
        return SandboxResponse.json(200, Paging.render(page, ctx.views()::board));
    }

    private SandboxResponse create(Router.Call c) throws ApiError {
        JsonObject body = HttpIo.jsonObject(c.body());
        String name = HttpIo.limited(body, "name", MAX_BOARD_NAME);
        String description = HttpIo.limited(body, "description", MAX_BOARD_DESCRIPTION);
        String privacy = enumValue(body, "privacy", CREATE_PRIVACY, "PUBLIC");
        boolean adsOnly = bool(body, "is_ads_only");
        if (adsOnly) {
            name = "Ad-only Pins";
            privacy = "PROTECTED";
        }
        if (name == null || name.isBlank()) {
            throw ApiError.invalid("The board name is invalid or duplicated: name is required.");
        }
        if ("SECRET".equals(privacy)) {
            Access.require(c.scopes(), Scopes.BOARDS_WRITE_SECRET);
        }
        String finalName = name.strip();
        String finalPrivacy = privacy;
        SandboxBoard created = writeChecked(() -> {
            requireUniqueName(finalName, -1);
            SandboxBoard b = new SandboxBoard();
            b.id = library.newId();
            b.name = finalName;
            b.description = description;
            b.privacy = finalPrivacy;
            b.adsOnly = adsOnly;
            b.createdAt = ctx.clock().millis();
            library.addBoard(b);
            return b;
        });
        ctx.persist().run();
        return SandboxResponse.json(201, ctx.views().board(created));
    }

    private SandboxResponse update(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        JsonObject body = HttpIo.jsonObject(c.body());
        String name = HttpIo.limited(body, "name", MAX_BOARD_NAME);
        String description = HttpIo.limited(body, "description", MAX_BOARD_DESCRIPTION);
        String privacy = enumValue(body, "privacy", UPDATE_PRIVACY, null);
        Access.requireBoardWrite(board, c.scopes());
        if ("SECRET".equals(privacy)) {
            Access.require(c.scopes(), Scopes.BOARDS_WRITE_SECRET);
        }
        if (name != null && name.isBlank()) {
            throw ApiError.invalid("The board name is invalid or duplicated: name cannot be blank.");
        }
        writeChecked(() -> {
            if (name != null) {
                requireUniqueName(name.strip(), board.id);
                board.name = name.strip();
            }
            if (body.has("description")) {
                board.description = description;
            }
            if (privacy != null && !privacy.equals(board.privacy)) {
                board.privacy = privacy;
                board.pins.values().forEach(p -> p.json = null);
            }
            board.json = null;
            return board;
        });
        ctx.persist().run();
        return SandboxResponse.json(200, ctx.views().board(board));
    }

    private SandboxResponse delete(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        Access.requireBoardWrite(board, c.scopes());
        library.write(() -> {
            library.removeBoard(board, ctx.clock().millis());
            return null;
        });
        ctx.persist().run();
        return SandboxResponse.noContent();
    }

    private SandboxResponse boardPins(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        if (board.secret()) {
            Access.require(c.scopes(), Scopes.PINS_READ_SECRET);
        }
        Paging.Page<SandboxPin> page = Paging.page(board.pins, c.query(), p -> true);
        return SandboxResponse.json(200, Paging.render(page, ctx.views()::pin));
    }

    private SandboxResponse sections(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        TreeMap<Long, SandboxSection> ordered = new TreeMap<>();
        library.sectionsOf(board.id).forEach(s -> ordered.put(s.id, s));
        Paging.Page<SandboxSection> page = Paging.page(ordered, c.query(), s -> true);
        return SandboxResponse.json(200, Paging.render(page, ctx.views()::section));
    }

    private SandboxResponse createSection(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        String name = sectionName(HttpIo.jsonObject(c.body()));
        Access.requireBoardWrite(board, c.scopes());
        SandboxSection created = writeChecked(() -> {
            requireUniqueSection(board, name, -1);
            SandboxSection s = new SandboxSection();
            s.id = library.newId();
            s.boardId = board.id;
            s.name = name;
            library.addSection(s);
            return s;
        });
        ctx.persist().run();
        return SandboxResponse.json(201, ctx.views().section(created));
    }

    private SandboxResponse updateSection(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        SandboxSection section = ctx.section(board, c.param("section_id"));
        String name = sectionName(HttpIo.jsonObject(c.body()));
        Access.requireBoardWrite(board, c.scopes());
        writeChecked(() -> {
            requireUniqueSection(board, name, section.id);
            section.name = name;
            section.json = null;
            return section;
        });
        ctx.persist().run();
        return SandboxResponse.json(200, ctx.views().section(section));
    }

    private SandboxResponse deleteSection(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        SandboxSection section = ctx.section(board, c.param("section_id"));
        Access.requireBoardWrite(board, c.scopes());
        library.write(() -> {
            library.removeSection(section, ctx.clock().millis());
            return null;
        });
        ctx.persist().run();
        return SandboxResponse.noContent();
    }

    private SandboxResponse sectionPins(Router.Call c) throws ApiError {
        SandboxBoard board = ctx.visibleBoard(c.param("board_id"), c.scopes());
        SandboxSection section = ctx.section(board, c.param("section_id"));
        if (board.secret()) {
            Access.require(c.scopes(), Scopes.PINS_READ_SECRET);
        }
        Paging.Page<SandboxPin> page = Paging.page(section.pins, c.query(), p -> true);
        return SandboxResponse.json(200, Paging.render(page, ctx.views()::pin));
    }

    private static String sectionName(JsonObject body) throws ApiError {
        String name = HttpIo.limited(body, "name", MAX_SECTION_NAME);
        if (name == null || name.isBlank()) {
            throw ApiError.invalid("Invalid board section parameters: name must be 1–180 characters.");
        }
        return name.strip();
    }

    private void requireUniqueName(String name, long except) throws ApiError {
        for (SandboxBoard b : library.boards.values()) {
            if (b.id != except && b.name.equalsIgnoreCase(name)) {
                throw ApiError.invalid("The board name is invalid or duplicated: you already have a board named '"
                        + name + "'.");
            }
        }
    }

    private void requireUniqueSection(SandboxBoard board, String name, long except) throws ApiError {
        for (SandboxSection s : library.sectionsOf(board.id)) {
            if (s.id != except && s.name.equalsIgnoreCase(name)) {
                throw new ApiError(409, 409, "Board section conflict: the board already has a section named '"
                        + name + "'.");
            }
        }
    }

    static String enumValue(JsonObject body, String name, Set<String> allowed, String fallback) throws ApiError {
        String v = HttpIo.string(body, name);
        if (v == null) {
            return fallback;
        }
        if (!allowed.contains(v)) {
            throw ApiError.invalid("'" + name + "' must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
                    + ", not '" + v + "'.");
        }
        return v;
    }

    static boolean bool(JsonObject body, String name) throws ApiError {
        JsonElement e = body.get(name);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw ApiError.invalid("'" + name + "' must be true or false.");
        }
        return e.getAsBoolean();
    }

    /** A mutation under the write lock that may refuse with an ApiError. */
    interface CheckedMutation<T> {
        T run() throws ApiError;
    }

    <T> T writeChecked(CheckedMutation<T> m) throws ApiError {
        library.lock.writeLock().lock();
        try {
            return m.run();
        } finally {
            library.lock.writeLock().unlock();
        }
    }
}
