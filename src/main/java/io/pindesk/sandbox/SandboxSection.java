package io.pindesk.sandbox;

import java.util.concurrent.ConcurrentSkipListMap;

/** A board section. */
final class SandboxSection {
    long id;
    long boardId;
    String name;

    transient ConcurrentSkipListMap<Long, SandboxPin> pins = SandboxLibrary.newestFirst();
    transient volatile byte[] json;
}
