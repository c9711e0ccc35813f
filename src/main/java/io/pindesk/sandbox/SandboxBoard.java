package io.pindesk.sandbox;

import java.util.concurrent.ConcurrentSkipListMap;

/** A board; persisted fields plus derived, transient indexes and the cached JSON. */
final class SandboxBoard {
    long id;
    String name;
    String description;
    String privacy;
    boolean adsOnly;
    long createdAt;
    long pinsModifiedAt;

    /** Newest pin first, like Pinterest's board view. */
    transient ConcurrentSkipListMap<Long, SandboxPin> pins = SandboxLibrary.newestFirst();
    transient volatile byte[] json;

    boolean secret() {
        return "SECRET".equals(privacy);
    }

    boolean isProtected() {
        return "PROTECTED".equals(privacy);
    }
}
