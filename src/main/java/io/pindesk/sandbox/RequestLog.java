package io.pindesk.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Per-endpoint request counters and, when switched on, a record of every {@code /v5} exchange. */
final class RequestLog {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final List<RecordedExchange> recorded = new ArrayList<>();
    private volatile boolean recording;

    void count(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    long count(String method, String template) {
        LongAdder a = counts.get(method + " " + template);
        return a == null ? 0 : a.sum();
    }

    Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    boolean recording() {
        return recording;
    }

    void recording(boolean on) {
        recording = on;
    }

    void record(RecordedExchange e) {
        synchronized (recorded) {
            recorded.add(e);
        }
    }

    List<RecordedExchange> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    void reset() {
        counts.clear();
        synchronized (recorded) {
            recorded.clear();
        }
    }
}
