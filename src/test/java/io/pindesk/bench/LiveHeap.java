package io.pindesk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Heap that survives a full collection, for memory figures. {@code System.gc()} is silently skipped while some
 * thread is inside a JNI critical region (GCLocker), which JavaFX's software renderer and its image decoders
 * enter all the time; reading "used" after a skipped collection counts garbage, which once made the same run read
 * anywhere from 160 to 420 MB. So this asks again until a full collection really ran, and reports what that
 * collection left, as the collector itself recorded it.
 */
public final class LiveHeap {

    private LiveHeap() {}

    /** Bytes of heap in use right after a full collection that really happened. */
    public static long afterFullGc() {
        GarbageCollectorMXBean full = fullCollector();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (int attempt = 0; attempt < 50; attempt++) {
            long before = full.getCollectionCount();
            System.gc();
            if (full.getCollectionCount() > before
                    && full instanceof com.sun.management.GarbageCollectorMXBean hotspot
                    && hotspot.getLastGcInfo() != null) {
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : hotspot.getLastGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                return used;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("no full collection ran after 50 requests");
    }

    /** Heap in use now, garbage included. */
    public static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static GarbageCollectorMXBean fullCollector() {
        // G1 "G1 Old Generation", Parallel "PS MarkSweep", Serial "MarkSweepCompact": the one that runs full GCs.
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(g -> g.getName().contains("Old") || g.getName().contains("MarkSweep"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no full collector found"));
    }
}
