package io.pindesk.sandbox;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fresh data folder is filled with: the demo library, nothing, or {@code boards × pins} generated
 * pins for benchmarks. Applied only when the folder holds no library yet.
 */
public record SandboxSeed(Kind kind, int boards, int pinsPerBoard) {

    public enum Kind { DEMO, EMPTY, SIZED }

    private static final Pattern SIZED = Pattern.compile("(\\d{1,4})\\s*[x×]\\s*(\\d{1,6})");

    public static SandboxSeed demo() {
        return new SandboxSeed(Kind.DEMO, 0, 0);
    }

    public static SandboxSeed empty() {
        return new SandboxSeed(Kind.EMPTY, 0, 0);
    }

    public static SandboxSeed sized(int boards, int pinsPerBoard) {
        if (boards < 1 || boards > 2000 || pinsPerBoard < 0 || pinsPerBoard > 200_000 / boards) {
            throw new IllegalArgumentException(
                    "seed must have 1–2000 boards and at most 200000 pins in total (Pinterest's account limits)");
        }
        return new SandboxSeed(Kind.SIZED, boards, pinsPerBoard);
    }

    /** Parses {@code demo}, {@code empty} or {@code BxP} such as {@code 30x500}. */
    public static SandboxSeed parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("demo")) {
            return demo();
        }
        if (t.equals("empty")) {
            return empty();
        }
        Matcher m = SIZED.matcher(t);
        if (m.matches()) {
            return sized(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException("seed must be 'demo', 'empty' or BOARDSxPINS such as 30x500, not '" + text + "'");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DEMO -> "demo";
            case EMPTY -> "empty";
            case SIZED -> boards + "x" + pinsPerBoard;
        };
    }
}
