package io.pindesk.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** JSON request bodies, built explicitly so the wire names are visible here and nulls are simply left out. */
final class RequestBodies {

    private RequestBodies() {}

    static JsonObject newBoard(NewBoard b) {
        JsonObject o = new JsonObject();
        o.addProperty("name", b.name());
        put(o, "description", b.description());
        if (b.privacy() != null) {
            o.addProperty("privacy", b.privacy().name());
        }
        return o;
    }

    static JsonObject boardChanges(BoardChanges c) {
        JsonObject o = new JsonObject();
        put(o, "name", c.name());
        put(o, "description", c.description());
        if (c.privacy() != null) {
            o.addProperty("privacy", c.privacy().name());
        }
        return o;
    }

    static JsonObject section(String name) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        return o;
    }

    static JsonObject newPin(NewPin p) {
        JsonObject o = new JsonObject();
        o.addProperty("board_id", p.boardId());
        put(o, "board_section_id", p.sectionId());
        put(o, "title", p.title());
        put(o, "description", p.description());
        put(o, "link", p.link());
        put(o, "alt_text", p.altText());
        o.add("media_source", mediaSource(p.media()));
        return o;
    }

    static JsonObject pinChanges(PinChanges c) {
        JsonObject o = new JsonObject();
        put(o, "title", c.title());
        put(o, "description", c.description());
        put(o, "link", c.link());
        put(o, "alt_text", c.altText());
        put(o, "board_id", c.boardId());
        put(o, "board_section_id", c.sectionId());
        return o;
    }

    static JsonObject save(String boardId, String sectionId) {
        JsonObject o = new JsonObject();
        put(o, "board_id", boardId);
        put(o, "board_section_id", sectionId);
        return o;
    }

    static JsonObject mediaSource(MediaSource media) {
        JsonObject o = new JsonObject();
        o.addProperty("source_type", media.sourceType());
        if (media instanceof MediaSource.ImageUrl m) {
            o.addProperty("url", m.url());
        } else if (media instanceof MediaSource.ImageBase64 m) {
            o.addProperty("content_type", m.contentType());
            o.addProperty("data", m.data());
        } else if (media instanceof MediaSource.MultipleImageUrls m) {
            JsonArray items = new JsonArray();
            for (MediaSource.UrlItem item : m.items()) {
                JsonObject i = new JsonObject();
                i.addProperty("url", item.url());
                items.add(withItemText(i, item.title(), item.description(), item.link()));
            }
            putItems(o, items, m.index());
        } else if (media instanceof MediaSource.MultipleImageBase64 m) {
            JsonArray items = new JsonArray();
            for (MediaSource.Base64Item item : m.items()) {
                JsonObject i = new JsonObject();
                i.addProperty("content_type", item.contentType());
                i.addProperty("data", item.data());
                items.add(withItemText(i, item.title(), item.description(), item.link()));
            }
            putItems(o, items, m.index());
        } else if (media instanceof MediaSource.VideoId m) {
            o.addProperty("media_id", m.mediaId());
            put(o, "cover_image_url", m.coverImageUrl());
        }
        return o;
    }

    private static void put(JsonObject o, String name, String value) {
        if (value != null) {
            o.addProperty(name, value);
        }
    }

    /** The per-image text of a carousel item (both item kinds carry the same three optional fields). */
    private static JsonObject withItemText(JsonObject item, String title, String description, String link) {
        put(item, "title", title);
        put(item, "description", description);
        put(item, "link", link);
        return item;
    }

    private static void putItems(JsonObject media, JsonArray items, Integer index) {
        media.add("items", items);
        if (index != null) {
            media.addProperty("index", index);
        }
    }
}
