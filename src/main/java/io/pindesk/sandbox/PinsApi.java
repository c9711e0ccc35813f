package io.pindesk.sandbox;

import static io.pindesk.sandbox.Scopes.BOARDS_READ;
import static io.pindesk.sandbox.Scopes.BOARDS_WRITE;
import static io.pindesk.sandbox.Scopes.PINS_READ;
import static io.pindesk.sandbox.Scopes.PINS_WRITE;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Pins (pinterest-v5 §7): list, create from the four image sources, get, update, delete, save. */
final class PinsApi {

    static final int MAX_TITLE = 100;
    static final int MAX_DESCRIPTION = 800;
    static final int MAX_LINK = 2048;
    static final int MAX_ALT_TEXT = 500;
    private static final List<String> WRITE = List.of(BOARDS_READ, BOARDS_WRITE, PINS_READ, PINS_WRITE);
    private static final Set<String> PIN_FILTERS = Set.of("exclude_native", "exclude_repins", "has_been_promoted");

    private final ApiContext ctx;
    private final SandboxLibrary library;
    private final BoardsApi locks;

    PinsApi(ApiContext ctx, BoardsApi locks) {
        this.ctx = ctx;
        this.library = ctx.library();
        this.locks = locks;
    }

    void register(Router r) {
        r.add("GET", "/v5/pins", List.of(BOARDS_READ, PINS_READ), this::list);
        r.add("POST", "/v5/pins", WRITE, this::create);
        r.add("GET", "/v5/pins/{pin_id}", List.of(BOARDS_READ, PINS_READ),
                c -> SandboxResponse.json(200, ctx.views().pin(visiblePin(c))));
        r.add("PATCH", "/v5/pins/{pin_id}", WRITE, this::update);
        r.add("DELETE", "/v5/pins/{pin_id}", WRITE, this::delete);
        r.add("POST", "/v5/pins/{pin_id}/save", WRITE, this::save);
    }

    private SandboxResponse list(Router.Call c) throws ApiError {
        String filter = c.query().get("pin_filter");
        if (filter != null && !PIN_FILTERS.contains(filter)) {
            throw ApiError.invalid("pin_filter must be one of exclude_native, exclude_repins, has_been_promoted.");
        }
        String protectedParam = c.query().getOrDefault("include_protected_pins", "false");
        if (!protectedParam.equals("true") && !protectedParam.equals("false")) {
            throw ApiError.invalid("include_protected_pins must be true or false.");
        }
        String pinType = c.query().get("pin_type");
        if (pinType != null && !pinType.equals("PRIVATE")) {
            throw ApiError.invalid("pin_type must be PRIVATE.");
        }
        boolean includeProtected = protectedParam.equals("true");
        Predicate<SandboxPin> wanted = p -> {
            SandboxBoard b = library.boards.get(p.boardId);
            if (b == null || b.secret() && !c.scopes().contains(Scopes.PINS_READ_SECRET)) {
                return false;
            }
            if (b.isProtected() && !includeProtected || pinType != null && !b.secret()) {
                return false;
            }
            if ("exclude_native".equals(filter)) {
                return p.parentPinId != null;
            }
            if ("exclude_repins".equals(filter)) {
                return p.parentPinId == null;
            }
            return !"has_been_promoted".equals(filter);
        };
        Paging.Page<SandboxPin> page = Paging.page(library.pins, c.query(), wanted);
        return SandboxResponse.json(200, Paging.render(page, ctx.views()::pin));
    }

    private SandboxResponse create(Router.Call c) throws ApiError, IOException {
        JsonObject body = HttpIo.jsonObject(c.body());
        String boardId = HttpIo.digits(body, "board_id");
        String sectionId = HttpIo.digits(body, "board_section_id");
        String parentId = HttpIo.digits(body, "parent_pin_id");
        HttpIo.digits(body, "sponsor_id");
        String title = HttpIo.limited(body, "title", MAX_TITLE);
        String description = HttpIo.limited(body, "description", MAX_DESCRIPTION);
        String link = link(body);
        String altText = HttpIo.limited(body, "alt_text", MAX_ALT_TEXT);
        String color = HttpIo.string(body, "dominant_color");
        if (boardId == null) {
            throw ApiError.invalid("board_id is required.");
        }
        SandboxBoard board = ctx.visibleBoard(boardId, c.scopes());
        SandboxSection section = sectionId == null ? null : ctx.section(board, sectionId);
        Access.requirePinWrite(board, c.scopes());
        JsonElement ms = body.get("media_source");
        if (ms == null || !ms.isJsonObject()) {
            throw ApiError.invalid("media_source is required.");
        }
        List<Upload> uploads = media(ms.getAsJsonObject());
        List<SandboxPin.Item> items = new ArrayList<>();
        for (Upload u : uploads) {
            PinImage img = store(u.image());
            items.add(SandboxPin.Item.of(img.id, u.title(), u.description(), u.link()));
        }
        SandboxPin pin = locks.writeChecked(() -> {
            if (library.boards.get(board.id) == null) {
                throw ApiError.boardNotFound();
            }
            SandboxPin p = new SandboxPin();
            p.id = library.newId();
            p.boardId = board.id;
            p.sectionId = section == null ? null : section.id;
            p.title = title;
            p.description = description;
            p.link = link;
            p.altText = altText;
            p.dominantColor = color != null ? color : library.images.get(items.get(0).imageId).color;
            p.parentPinId = parentId == null ? null : Long.parseLong(parentId);
            p.createdAt = ctx.clock().millis();
            p.carousel = items.size() > 1;
            p.items = items;
            library.addPin(p);
            return p;
        });
        ctx.persist().run();
        return SandboxResponse.json(201, ctx.views().pin(pin));
    }

    private record Upload(ImageIntake.Accepted image, String title, String description, String link) {}

    private List<Upload> media(JsonObject ms) throws ApiError {
        String type = HttpIo.string(ms, "source_type");
        if (type == null) {
            throw ApiError.invalid("media_source.source_type is required.");
        }
        List<Upload> out = new ArrayList<>();
        switch (type) {
            case "image_url" -> out.add(new Upload(ctx.intake().fromUrl(HttpIo.string(ms, "url"), "media_source.url"),
                    null, null, null));
            case "image_base64" -> out.add(new Upload(ctx.intake().fromBase64(HttpIo.string(ms, "content_type"),
                    HttpIo.string(ms, "data"), "media_source"), null, null, null));
            case "multiple_image_urls", "multiple_image_base64" -> {
                JsonArray items = ms.has("items") && ms.get("items").isJsonArray() ? ms.getAsJsonArray("items") : null;
                if (items == null || items.size() < 2 || items.size() > 5) {
                    throw ApiError.invalid("media_source.items must hold 2 to 5 images.");
                }
                for (int i = 0; i < items.size(); i++) {
                    if (!items.get(i).isJsonObject()) {
                        throw ApiError.invalid("media_source.items[" + i + "] must be an object.");
                    }
                    JsonObject item = items.get(i).getAsJsonObject();
                    String field = "media_source.items[" + i + "]";
                    ImageIntake.Accepted img = type.equals("multiple_image_urls")
                            ? ctx.intake().fromUrl(HttpIo.string(item, "url"), field + ".url")
                            : ctx.intake().fromBase64(HttpIo.string(item, "content_type"), HttpIo.string(item, "data"),
                                    field);
                    out.add(new Upload(img, HttpIo.limited(item, "title", MAX_TITLE),
                            HttpIo.limited(item, "description", MAX_DESCRIPTION), link(item)));
                }
            }
            case "video_id" -> throw ApiError.invalid("Video Pins cannot be created in the sandbox.");
            case "pin_url" -> throw ApiError.forbidden();
            default -> throw ApiError.invalid("media_source.source_type '" + type + "' is not one of image_url,"
                    + " image_base64, multiple_image_urls, multiple_image_base64, video_id, pin_url.");
        }
        return out;
    }

    private PinImage store(ImageIntake.Accepted a) throws IOException {
        String id = contentId(a.bytes());
        PinImage existing = library.images.get(id);
        if (existing != null) {
            return existing;
        }
        PinImage img = PinImage.uploaded(id, a.image().getWidth(), a.image().getHeight(),
                ImageStore.dominantColor(a.image()), a.format());
        ctx.images().storeOriginal(img, a.bytes());
        library.images.put(id, img);
        return img;
    }

    /** Images are stored by content, so uploading the same picture twice keeps one copy. */
    private static String contentId(byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }

    private SandboxResponse update(Router.Call c) throws ApiError {
        SandboxPin pin = visiblePin(c);
        JsonObject body = HttpIo.jsonObject(c.body());
        String title = HttpIo.limited(body, "title", MAX_TITLE);
        String description = HttpIo.limited(body, "description", MAX_DESCRIPTION);
        String link = link(body);
        String altText = HttpIo.limited(body, "alt_text", MAX_ALT_TEXT);
        String boardId = HttpIo.digits(body, "board_id");
        String sectionId = HttpIo.digits(body, "board_section_id");
        SandboxBoard current = library.boards.get(pin.boardId);
        Access.requirePinWrite(current, c.scopes());
        SandboxBoard target = boardId == null ? current : ctx.visibleBoard(boardId, c.scopes());
        Access.requirePinWrite(target, c.scopes());
        SandboxSection section = sectionId == null ? null : ctx.section(target, sectionId);
        locks.writeChecked(() -> {
            if (library.pins.get(pin.id) == null) {
                throw ApiError.pinNotFound();
            }
            if (body.has("title")) {
                pin.title = title;
            }
            if (body.has("description")) {
                pin.description = description;
            }
            if (body.has("link")) {
                pin.link = link;
            }
            if (body.has("alt_text")) {
                pin.altText = altText;
            }
            boolean sectionGiven = body.has("board_section_id");
            Long newSection = sectionGiven ? (section == null ? null : section.id)
                    : (target.id == pin.boardId ? pin.sectionId : null);
            if (target.id != pin.boardId || !java.util.Objects.equals(newSection, pin.sectionId)) {
                library.movePin(pin, target.id, newSection, ctx.clock().millis());
            }
            pin.json = null;
            library.boardChanged(pin.boardId);
            return pin;
        });
        ctx.persist().run();
        return SandboxResponse.json(200, ctx.views().pin(pin));
    }

    private SandboxResponse delete(Router.Call c) throws ApiError {
        SandboxPin pin = visiblePin(c);
        Access.requirePinWrite(library.boards.get(pin.boardId), c.scopes());
        library.write(() -> {
            library.removePin(pin, ctx.clock().millis());
            return null;
        });
        ctx.persist().run();
        return SandboxResponse.noContent();
    }

    private SandboxResponse save(Router.Call c) throws ApiError {
        SandboxPin source = visiblePin(c);
        JsonObject body = c.body().length == 0 ? new JsonObject() : HttpIo.jsonObject(c.body());
        String boardId = HttpIo.digits(body, "board_id");
        String sectionId = HttpIo.digits(body, "board_section_id");
        SandboxBoard target = ctx.visibleBoard(boardId != null ? boardId : Long.toString(source.boardId), c.scopes());
        SandboxSection section = sectionId == null ? null : ctx.section(target, sectionId);
        Access.requirePinWrite(target, c.scopes());
        SandboxPin saved = locks.writeChecked(() -> {
            SandboxPin p = new SandboxPin();
            p.id = library.newId();
            p.boardId = target.id;
            p.sectionId = section == null ? null : section.id;
            p.title = source.title;
            p.description = source.description;
            p.link = source.link;
            p.altText = source.altText;
            p.dominantColor = source.dominantColor;
            p.parentPinId = source.id;
            p.createdAt = ctx.clock().millis();
            p.carousel = source.carousel;
            p.items = source.items;
            library.addPin(p);
            return p;
        });
        ctx.persist().run();
        return SandboxResponse.json(201, ctx.views().pin(saved));
    }

    private SandboxPin visiblePin(Router.Call c) throws ApiError {
        SandboxPin p = library.pins.get(HttpIo.id(c.param("pin_id")));
        if (p == null || !Access.canSee(p, library, c.scopes())) {
            throw ApiError.pinNotFound();
        }
        return p;
    }

    private static String link(JsonObject body) throws ApiError {
        String link = HttpIo.limited(body, "link", MAX_LINK);
        if (link != null && !link.isEmpty() && !link.matches("(?i)https?://[^\\s/$.?#][^\\s]*")) {
            throw ApiError.invalid("Whoops! It looks like you entered an invalid URL: link must be an http(s) URL.");
        }
        return link;
    }
}
