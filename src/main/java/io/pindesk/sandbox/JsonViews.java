package io.pindesk.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;

/**
 * Renders library objects in Pinterest's wire format. Each pin/board/section caches its bytes until it changes,
 * so a page of 250 pins is mostly a memory copy (the throughput goal of issue 4).
 */
final class JsonViews {

    static final String[] RENDITIONS = {"150x150", "400x300", "600x", "1200x"};

    private final String imageBase;
    private final SandboxLibrary library;

    JsonViews(String serverBase, SandboxLibrary library) {
        this.imageBase = serverBase + "/images/";
        this.library = library;
    }

    byte[] pin(SandboxPin p) {
        byte[] cached = p.json;
        if (cached == null) {
            cached = render(pinObject(p));
            p.json = cached;
        }
        return cached;
    }

    byte[] board(SandboxBoard b) {
        byte[] cached = b.json;
        if (cached == null) {
            cached = render(boardObject(b));
            b.json = cached;
        }
        return cached;
    }

    byte[] section(SandboxSection s) {
        byte[] cached = s.json;
        if (cached == null) {
            JsonObject o = new JsonObject();
            o.addProperty("id", Long.toString(s.id));
            o.addProperty("name", s.name);
            cached = render(o);
            s.json = cached;
        }
        return cached;
    }

    JsonObject account() {
        SandboxLibrary.Account a = library.account;
        JsonObject o = new JsonObject();
        o.addProperty("account_type", a.accountType);
        o.addProperty("id", a.id);
        o.addProperty("username", a.username);
        o.addProperty("profile_image", imageBase + "avatar.png");
        o.addProperty("website_url", a.websiteUrl);
        o.addProperty("about", a.about);
        if (a.businessName != null) {
            o.addProperty("business_name", a.businessName);
        }
        o.addProperty("board_count", library.boards.size());
        o.addProperty("pin_count", library.pins.size());
        o.addProperty("follower_count", 42);
        o.addProperty("following_count", 7);
        o.addProperty("monthly_views", 1234);
        return o;
    }

    String imageUrl(PinImage img, String rendition) {
        String ext = rendition.equals("originals") ? img.format : "jpg";
        return imageBase + rendition + "/" + img.id + "." + ext;
    }

    /** The size of a rendition: fixed crops for NxM, width-bound (never upscaled) for Nx. */
    static int[] renditionSize(String rendition, int width, int height) {
        return switch (rendition) {
            case "150x150" -> new int[] {150, 150};
            case "400x300" -> new int[] {400, 300};
            case "600x", "1200x" -> {
                int target = Integer.parseInt(rendition.substring(0, rendition.length() - 1));
                int w = Math.min(target, width);
                yield new int[] {w, Math.max(1, (int) Math.round(height * (double) w / width))};
            }
            case "originals" -> new int[] {width, height};
            default -> throw new IllegalArgumentException("unknown rendition " + rendition);
        };
    }

    private JsonObject images(PinImage img) {
        JsonObject images = new JsonObject();
        for (String r : RENDITIONS) {
            images.add(r, details(img, r));
        }
        images.add("originals", details(img, "originals"));
        return images;
    }

    private JsonObject details(PinImage img, String rendition) {
        int[] size = renditionSize(rendition, img.width, img.height);
        JsonObject d = new JsonObject();
        d.addProperty("url", imageUrl(img, rendition));
        d.addProperty("width", size[0]);
        d.addProperty("height", size[1]);
        return d;
    }

    private JsonObject pinObject(SandboxPin p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", Long.toString(p.id));
        o.addProperty("created_at", time(p.createdAt));
        putIfSet(o, "link", p.link);
        putIfSet(o, "title", p.title);
        putIfSet(o, "description", p.description);
        putIfSet(o, "dominant_color", p.dominantColor);
        putIfSet(o, "alt_text", p.altText);
        o.addProperty("creative_type", p.carousel ? "CAROUSEL" : "REGULAR");
        o.addProperty("board_id", Long.toString(p.boardId));
        if (p.sectionId != null) {
            o.addProperty("board_section_id", Long.toString(p.sectionId));
        }
        JsonObject owner = new JsonObject();
        owner.addProperty("username", library.account.username);
        o.add("board_owner", owner);
        o.addProperty("is_owner", true);
        o.addProperty("is_standard", true);
        o.addProperty("has_been_promoted", false);
        if (p.parentPinId != null) {
            o.addProperty("parent_pin_id", Long.toString(p.parentPinId));
        }
        JsonObject media = new JsonObject();
        if (p.carousel) {
            media.addProperty("media_type", "multiple_images");
            JsonArray items = new JsonArray();
            for (SandboxPin.Item item : p.items) {
                JsonObject i = new JsonObject();
                i.addProperty("item_type", "image");
                putIfSet(i, "title", item.title);
                putIfSet(i, "description", item.description);
                putIfSet(i, "link", item.link);
                PinImage img = library.images.get(item.imageId);
                if (img != null) {
                    i.add("images", images(img));
                }
                items.add(i);
            }
            media.add("items", items);
        } else {
            media.addProperty("media_type", "image");
            PinImage img = library.images.get(p.items.get(0).imageId);
            if (img != null) {
                media.add("images", images(img));
            }
        }
        o.add("media", media);
        return o;
    }

    private JsonObject boardObject(SandboxBoard b) {
        JsonObject o = new JsonObject();
        o.addProperty("id", Long.toString(b.id));
        o.addProperty("name", b.name);
        putIfSet(o, "description", b.description);
        JsonObject owner = new JsonObject();
        owner.addProperty("username", library.account.username);
        o.add("owner", owner);
        o.addProperty("privacy", b.privacy);
        o.addProperty("is_ads_only", b.adsOnly);
        o.addProperty("created_at", time(b.createdAt));
        o.addProperty("board_pins_modified_at", time(Math.max(b.createdAt, b.pinsModifiedAt)));
        o.addProperty("pin_count", b.pins.size());
        o.addProperty("follower_count", 0);
        o.addProperty("collaborator_count", 0);
        JsonObject media = new JsonObject();
        JsonArray thumbs = new JsonArray();
        Iterator<SandboxPin> it = b.pins.values().iterator();
        String cover = null;
        while (it.hasNext() && thumbs.size() < 5) {
            PinImage img = library.images.get(it.next().items.get(0).imageId);
            if (img == null) {
                continue;
            }
            if (cover == null) {
                cover = imageUrl(img, "400x300");
            }
            thumbs.add(imageUrl(img, "150x150"));
        }
        if (cover != null) {
            media.addProperty("image_cover_url", cover);
        }
        media.add("pin_thumbnail_urls", thumbs);
        o.add("media", media);
        return o;
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void putIfSet(JsonObject o, String name, String value) {
        if (value != null) {
            o.addProperty(name, value);
        }
    }

    private static byte[] render(JsonObject o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
