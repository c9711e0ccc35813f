package io.pindesk.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Fills an empty library. The demo library (about 12 boards, two secret, one protected, sections, a few hundred
 * pins of varied shapes) and the sized {@code BxP} libraries are generated from fixed seeds: every first start
 * produces the same ids, texts and pictures.
 */
final class DemoData {

    private static final long EPOCH = Instant.parse("2026-01-15T09:00:00Z").toEpochMilli();
    private static final int[][] SHAPES = {{736, 1104}, {736, 736}, {736, 920}, {736, 1308}, {1000, 1500},
        {1200, 800}, {1000, 750}, {1200, 1800}, {600, 900}};

    private record BoardSpec(String name, String privacy, String description, List<String> sections, int pins) {}

    private static final List<BoardSpec> DEMO = List.of(
            new BoardSpec("Kitchen ideas", "PUBLIC", "Open shelves, warm wood and too many plants",
                    List.of("Shelves", "Lighting", "Tiles"), 34),
            new BoardSpec("Weeknight recipes", "PUBLIC", "Thirty minutes or less", List.of("Pasta", "Soups", "Salads"), 40),
            new BoardSpec("Travel: Lisbon", "PUBLIC", "Trams, tiles and pastel de nata", List.of(), 22),
            new BoardSpec("Garden", "PUBLIC", "Balcony garden experiments", List.of("Herbs", "Flowers"), 28),
            new BoardSpec("Typography", "PUBLIC", null, List.of(), 18),
            new BoardSpec("Living room", "PUBLIC", "Cosy but not cluttered", List.of(), 25),
            new BoardSpec("Illustration", "PUBLIC", "Artists I admire", List.of("Ink", "Watercolour"), 30),
            new BoardSpec("Running", "PUBLIC", "Routes and gear", List.of(), 12),
            new BoardSpec("Client moodboard", "PROTECTED", "Shared with the studio only", List.of(), 16),
            new BoardSpec("Gift ideas", "SECRET", "Don't peek!", List.of("Birthdays"), 14),
            new BoardSpec("Wedding planning", "SECRET", "Early days", List.of("Venues", "Flowers"), 20),
            new BoardSpec("Photography", "PUBLIC", "Light, shadow and film grain", List.of(), 26));

    private static final String[] ADJECTIVES = {"Warm", "Minimal", "Bright", "Rustic", "Bold", "Soft", "Golden",
        "Quiet", "Playful", "Classic", "Fresh", "Moody"};
    private static final String[] NOUNS = {"corner", "palette", "morning", "table", "shelf", "path", "window",
        "still life", "detail", "pattern", "walk", "set-up"};

    private DemoData() {}

    static void seed(SandboxLibrary library, SandboxSeed seed) {
        library.write(() -> {
            switch (seed.kind()) {
                case DEMO -> demo(library);
                case SIZED -> sized(library, seed.boards(), seed.pinsPerBoard());
                case EMPTY -> { }
            }
            return null;
        });
    }

    private static void demo(SandboxLibrary library) {
        Random random = new Random(20260115L);
        long time = EPOCH - 400L * 3_600_000L;
        for (BoardSpec spec : DEMO) {
            SandboxBoard b = board(library, spec.name(), spec.description(), spec.privacy(), time);
            time += 3_600_000L;
            List<SandboxSection> sections = spec.sections().stream().map(n -> section(library, b, n)).toList();
            for (int i = 0; i < spec.pins(); i++) {
                SandboxSection s = sections.isEmpty() || random.nextInt(3) == 0 ? null
                        : sections.get(random.nextInt(sections.size()));
                pin(library, b, s, random, time);
                time += 600_000L + random.nextInt(3_000_000);
            }
        }
    }

    private static void sized(SandboxLibrary library, int boards, int pinsPerBoard) {
        Random random = new Random(30_500L);
        long time = EPOCH - (long) boards * pinsPerBoard * 60_000L;
        for (int i = 0; i < boards; i++) {
            String privacy = i % 10 == 9 ? "SECRET" : "PUBLIC";
            SandboxBoard b = board(library, "Board " + (i + 1), "Generated board " + (i + 1), privacy, time);
            for (int j = 0; j < pinsPerBoard; j++) {
                pin(library, b, null, random, time);
                time += 60_000L;
            }
        }
    }

    private static SandboxBoard board(SandboxLibrary library, String name, String description, String privacy,
            long createdAt) {
        SandboxBoard b = new SandboxBoard();
        b.id = library.newId();
        b.name = name;
        b.description = description;
        b.privacy = privacy;
        b.createdAt = createdAt;
        library.addBoard(b);
        return b;
    }

    private static SandboxSection section(SandboxLibrary library, SandboxBoard b, String name) {
        SandboxSection s = new SandboxSection();
        s.id = library.newId();
        s.boardId = b.id;
        s.name = name;
        library.addSection(s);
        return s;
    }

    private static void pin(SandboxLibrary library, SandboxBoard b, SandboxSection s, Random random, long createdAt) {
        long id = library.newId();
        long drawSeed = random.nextLong();
        int[] shape = SHAPES[random.nextInt(SHAPES.length)];
        String imageId = String.format("%016x%016x", id, drawSeed);
        PinImage img = PinImage.drawn(imageId, shape[0], shape[1], DemoArt.color(drawSeed), drawSeed);
        library.images.put(imageId, img);
        SandboxPin p = new SandboxPin();
        p.id = id;
        p.boardId = b.id;
        p.sectionId = s == null ? null : s.id;
        String title = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
        p.title = title;
        p.description = title + " for the board \u201c" + b.name + "\u201d. Saved while browsing for ideas.";
        p.link = "https://example.com/" + b.name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "/" + id;
        p.altText = random.nextInt(4) == 0 ? null : "A " + title.toLowerCase() + " in " + img.color;
        p.dominantColor = img.color;
        p.createdAt = createdAt;
        p.items = List.of(SandboxPin.Item.of(imageId, null, null, null));
        library.addPin(p);
    }
}
