package io.pindesk.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Milestones of one start, in milliseconds since the JVM started, so {@code --smoke} and the startup benchmark
 * can say where the time goes, not only how much there is.
 */
final class StartupTrace {

    private record Mark(String name, long atMillis) {}

    private static final List<Mark> MARKS = new ArrayList<>();

    private StartupTrace() {}

    static synchronized void mark(String name) {
        MARKS.add(new Mark(name, ManagementFactory.getRuntimeMXBean().getUptime()));
    }

    static synchronized String summary() {
        StringJoiner joiner = new StringJoiner(", ");
        for (Mark m : MARKS) {
            joiner.add(m.name() + " " + m.atMillis());
        }
        return joiner.toString();
    }
}
