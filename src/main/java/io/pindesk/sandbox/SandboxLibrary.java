package io.pindesk.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The sandbox user's library: account, boards, sections, pins and images, with the indexes paging needs.
 * Writers hold the write lock; snapshots for persistence hold the read lock, so a snapshot is never torn.
 * Readers of single objects and pages go lock-free through the concurrent maps.
 */
final class SandboxLibrary {

    /** Ids are digit strings like Pinterest's; starting high makes them look the part. */
    static final long FIRST_ID = 1_120_000_000_000_000L;

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final AtomicLong nextId = new AtomicLong(FIRST_ID);
    final ConcurrentSkipListMap<Long, SandboxBoard> boards = new ConcurrentSkipListMap<>();
    final Map<Long, SandboxSection> sections = new ConcurrentHashMap<>();
    final ConcurrentSkipListMap<Long, SandboxPin> pins = newestFirst();
    final Map<String, PinImage> images = new ConcurrentHashMap<>();
    volatile Account account = Account.defaults();

    /** The sandbox user (persisted). */
    static final class Account {
        String id;
        String username;
        String about;
        String websiteUrl;
        String businessName;
        String accountType;

        static Account defaults() {
            Account a = new Account();
            a.id = "1100000000000000001";
            a.username = "sandbox_pinner";
            a.about = "Trying PinDesk against its local sandbox.";
            a.websiteUrl = "https://example.com";
            a.accountType = "PINNER";
            return a;
        }
    }

    /** What is persisted: plain objects for Gson. */
    static final class State {
        int version = 1;
        long nextId;
        Account account;
        List<SandboxBoard> boards;
        List<SandboxSection> sections;
        List<SandboxPin> pins;
        List<PinImage> images;
        List<TokenService.TokenRecord> tokens;
    }

    static ConcurrentSkipListMap<Long, SandboxPin> newestFirst() {
        return new ConcurrentSkipListMap<>(Collections.reverseOrder());
    }

    long newId() {
        return nextId.getAndIncrement();
    }

    <T> T write(Supplier<T> mutation) {
        lock.writeLock().lock();
        try {
            return mutation.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void addBoard(SandboxBoard b) {
        boards.put(b.id, b);
    }

    void addSection(SandboxSection s) {
        sections.put(s.id, s);
        boardChanged(s.boardId);
    }

    void addPin(SandboxPin p) {
        pins.put(p.id, p);
        SandboxBoard b = boards.get(p.boardId);
        if (b != null) {
            b.pins.put(p.id, p);
            b.pinsModifiedAt = Math.max(b.pinsModifiedAt, p.createdAt);
            b.json = null;
        }
        if (p.sectionId != null) {
            SandboxSection s = sections.get(p.sectionId);
            if (s != null) {
                s.pins.put(p.id, p);
            }
        }
    }

    void removePin(SandboxPin p, long now) {
        pins.remove(p.id);
        SandboxBoard b = boards.get(p.boardId);
        if (b != null) {
            b.pins.remove(p.id);
            b.pinsModifiedAt = now;
            b.json = null;
        }
        if (p.sectionId != null) {
            SandboxSection s = sections.get(p.sectionId);
            if (s != null) {
                s.pins.remove(p.id);
            }
        }
    }

    /** Moves a pin between boards/sections, keeping every index right. */
    void movePin(SandboxPin p, long boardId, Long sectionId, long now) {
        removePin(p, now);
        p.boardId = boardId;
        p.sectionId = sectionId;
        addPin(p);
        SandboxBoard b = boards.get(boardId);
        if (b != null) {
            b.pinsModifiedAt = now;
        }
    }

    void removeSection(SandboxSection s, long now) {
        for (SandboxPin p : new ArrayList<>(s.pins.values())) {
            removePin(p, now);
        }
        sections.remove(s.id);
        boardChanged(s.boardId);
    }

    void removeBoard(SandboxBoard b, long now) {
        for (SandboxPin p : new ArrayList<>(b.pins.values())) {
            removePin(p, now);
        }
        sections.values().removeIf(s -> s.boardId == b.id);
        boards.remove(b.id);
    }

    void boardChanged(long boardId) {
        SandboxBoard b = boards.get(boardId);
        if (b != null) {
            b.json = null;
        }
    }

    List<SandboxSection> sectionsOf(long boardId) {
        List<SandboxSection> out = new ArrayList<>();
        for (SandboxSection s : sections.values()) {
            if (s.boardId == boardId) {
                out.add(s);
            }
        }
        out.sort((a, b) -> Long.compare(a.id, b.id));
        return out;
    }

    State snapshot(List<TokenService.TokenRecord> tokens) {
        lock.readLock().lock();
        try {
            State s = new State();
            s.nextId = nextId.get();
            s.account = account;
            s.boards = new ArrayList<>(boards.values());
            s.sections = new ArrayList<>(sections.values());
            s.pins = new ArrayList<>(pins.values());
            s.images = new ArrayList<>(images.values());
            s.tokens = tokens;
            return s;
        } finally {
            lock.readLock().unlock();
        }
    }

    void restore(State s) {
        lock.writeLock().lock();
        try {
            nextId.set(Math.max(FIRST_ID, s.nextId));
            account = s.account != null ? s.account : Account.defaults();
            if (s.images != null) {
                s.images.forEach(i -> images.put(i.id, i));
            }
            if (s.boards != null) {
                s.boards.forEach(this::addBoard);
            }
            if (s.sections != null) {
                s.sections.forEach(this::addSection);
            }
            if (s.pins != null) {
                s.pins.forEach(this::addPin);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
