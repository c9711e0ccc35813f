package io.pindesk.sandbox;

import java.util.List;

/** A pin. One {@link Item} for an image pin, 2–5 for a carousel ({@code multiple_images}). */
final class SandboxPin {
    long id;
    long boardId;
    Long sectionId;
    String title;
    String description;
    String link;
    String altText;
    String dominantColor;
    Long parentPinId;
    long createdAt;
    boolean carousel;
    List<Item> items;

    transient volatile byte[] json;

    /** One image of the pin, with the per-slot texts a carousel can have. */
    static final class Item {
        String imageId;
        String title;
        String description;
        String link;

        static Item of(String imageId, String title, String description, String link) {
            Item i = new Item();
            i.imageId = imageId;
            i.title = title;
            i.description = description;
            i.link = link;
            return i;
        }
    }
}
