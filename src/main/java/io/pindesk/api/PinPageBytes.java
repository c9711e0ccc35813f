package io.pindesk.api;

import io.pindesk.domain.Repeated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path for a page of pins, the reply a sync reads most: straight from the reply's bytes to
 * {@link Wire.PinJson}, with no decoding into characters first. Decoding every page to UTF-16 and then picking
 * strings out of the characters (Gson's reader) was most of a sync's CPU.
 *
 * <p>It takes only plain, well-formed JSON in the shape Pinterest sends ({@link JsonBytes} reads the JSON) and reads
 * it exactly as {@link PageReader} with {@link WirePinAdapter} does (members, nulls, skipped unknowns, shared
 * repeated values, the last duplicate member winning). Anything else makes it {@link JsonBytes.Declined decline}: a
 * number or boolean where a string is expected, a string where a number is, a duplicate image key, a null pin,
 * trailing data, or anything {@code JsonBytes} declines. The reply is then read again by the general path, which
 * decides as it always did, so declining can never change a result.
 */
final class PinPageBytes {

    private final JsonBytes in;

    private PinPageBytes(byte[] body) {
        this.in = new JsonBytes(body);
    }

    /** A page's pins (in reply order) and bookmark (null at the end). */
    static PageReader.Raw<Wire.PinJson> parse(byte[] body) throws JsonBytes.Declined {
        return new PinPageBytes(body).page();
    }

    private PageReader.Raw<Wire.PinJson> page() throws JsonBytes.Declined {
        List<Wire.PinJson> items = null;
        String bookmark = null;
        in.ws();
        in.expect('{');
        if (!in.opened('}')) {
            throw JsonBytes.DECLINED; // a page without items: the general path says so
        }
        do {
            String name = in.name();
            if (name.equals("items") && in.at('[')) {
                items = pins();
            } else if (name.equals("bookmark") && in.at('"')) {
                bookmark = in.string();
            } else if (name.equals("items") || name.equals("bookmark") && !in.at('n')) {
                throw JsonBytes.DECLINED; // the wrong type
            } else {
                in.skipValue(0);
            }
        } while (in.more('}'));
        if (!in.atEnd() || items == null) {
            throw JsonBytes.DECLINED; // trailing data, or a page without items: the general path says so
        }
        return new PageReader.Raw<>(items, bookmark);
    }

    private List<Wire.PinJson> pins() throws JsonBytes.Declined {
        List<Wire.PinJson> items = new ArrayList<>();
        in.expect('[');
        if (in.opened(']')) {
            do {
                items.add(pin());
            } while (in.more(']'));
        }
        return items;
    }

    private Wire.PinJson pin() throws JsonBytes.Declined {
        String id = null;
        String title = null;
        String description = null;
        String link = null;
        String altText = null;
        String dominantColor = null;
        String boardId = null;
        String sectionId = null;
        String parentPinId = null;
        Wire.OwnerJson owner = null;
        String createdAt = null;
        String creativeType = null;
        Wire.PinMediaJson media = null;
        in.expect('{'); // a null pin is declined: the general path decides what it means
        if (in.opened('}')) {
            do {
                switch (in.name()) {
                    case "id" -> id = in.stringOrNull();
                    case "title" -> title = in.stringOrNull();
                    case "description" -> description = in.stringOrNull();
                    case "link" -> link = in.stringOrNull();
                    case "alt_text" -> altText = in.stringOrNull();
                    case "dominant_color" -> dominantColor = Repeated.string(in.stringOrNull());
                    case "board_id" -> boardId = Repeated.string(in.stringOrNull());
                    case "board_section_id" -> sectionId = Repeated.string(in.stringOrNull());
                    case "parent_pin_id" -> parentPinId = in.stringOrNull();
                    case "board_owner" -> owner = owner();
                    case "created_at" -> createdAt = in.stringOrNull();
                    case "creative_type" -> creativeType = Repeated.string(in.stringOrNull());
                    case "media" -> media = media();
                    default -> in.skipValue(1);
                }
            } while (in.more('}'));
        }
        return new Wire.PinJson(id, title, description, link, altText, dominantColor, boardId, sectionId,
                parentPinId, owner, createdAt, creativeType, media);
    }

    private Wire.OwnerJson owner() throws JsonBytes.Declined {
        if (in.nullLiteral()) {
            return null;
        }
        String username = null;
        in.expect('{');
        if (in.opened('}')) {
            do {
                if (in.name().equals("username")) {
                    username = Repeated.string(in.stringOrNull());
                } else {
                    in.skipValue(2);
                }
            } while (in.more('}'));
        }
        return new Wire.OwnerJson(username);
    }

    private Wire.PinMediaJson media() throws JsonBytes.Declined {
        if (in.nullLiteral()) {
            return null;
        }
        String mediaType = null;
        Map<String, Wire.ImageJson> images = null;
        List<Wire.ImageMetadataJson> items = null;
        String cover = null;
        in.expect('{');
        if (in.opened('}')) {
            do {
                switch (in.name()) {
                    case "media_type" -> mediaType = Repeated.string(in.stringOrNull());
                    case "images" -> images = images();
                    case "items" -> items = mediaItems();
                    case "cover_image_url" -> cover = in.stringOrNull();
                    default -> in.skipValue(2);
                }
            } while (in.more('}'));
        }
        return new Wire.PinMediaJson(mediaType, images, items, cover);
    }

    private List<Wire.ImageMetadataJson> mediaItems() throws JsonBytes.Declined {
        if (in.nullLiteral()) {
            return null;
        }
        List<Wire.ImageMetadataJson> items = new ArrayList<>();
        in.expect('[');
        if (in.opened(']')) {
            do {
                if (in.nullLiteral()) {
                    items.add(null);
                    continue;
                }
                Map<String, Wire.ImageJson> images = null;
                in.expect('{');
                if (in.opened('}')) {
                    do {
                        if (in.name().equals("images")) {
                            images = images();
                        } else {
                            in.skipValue(4);
                        }
                    } while (in.more('}'));
                }
                items.add(new Wire.ImageMetadataJson(images));
            } while (in.more(']'));
        }
        return items;
    }

    private Map<String, Wire.ImageJson> images() throws JsonBytes.Declined {
        if (in.nullLiteral()) {
            return null;
        }
        Map<String, Wire.ImageJson> images = new LinkedHashMap<>();
        in.expect('{');
        if (in.opened('}')) {
            do {
                String key = Repeated.string(in.name());
                if (images.containsKey(key)) {
                    throw JsonBytes.DECLINED; // malformed for the general path too, which says so
                }
                images.put(key, image());
            } while (in.more('}'));
        }
        return images;
    }

    private Wire.ImageJson image() throws JsonBytes.Declined {
        if (in.nullLiteral()) {
            return null;
        }
        String url = null;
        Integer width = null;
        Integer height = null;
        in.expect('{');
        if (in.opened('}')) {
            do {
                switch (in.name()) {
                    case "url" -> url = in.stringOrNull();
                    case "width" -> width = Repeated.integer(in.intOrNull());
                    case "height" -> height = Repeated.integer(in.intOrNull());
                    default -> in.skipValue(5);
                }
            } while (in.more('}'));
        }
        return new Wire.ImageJson(url, width, height);
    }
}
