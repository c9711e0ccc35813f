package io.pindesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaves as the read-only LinkedHashMap it replaces: order, equality, lookups, immutability. */
class SmallMapTest {

    @Test
    void keepsOrderAndEqualsWhatItCopied() {
        for (int n : new int[] {0, 1, 5, SmallMap.MAX_SCANNED, SmallMap.MAX_SCANNED + 1, 40}) {
            Map<String, Integer> source = new LinkedHashMap<>();
            for (int i = n; i > 0; i--) {
                source.put("k" + i, i);
            }
            Map<String, Integer> copy = SmallMap.copyOf(source);
            assertEquals(source, copy);
            assertEquals(copy, source);
            assertEquals(source.hashCode(), copy.hashCode());
            assertEquals(new ArrayList<>(source.keySet()), new ArrayList<>(copy.keySet()), "insertion order");
            assertEquals(new ArrayList<>(source.values()), new ArrayList<>(copy.values()));
            for (int i = 1; i <= n; i++) {
                assertEquals(i, copy.get("k" + i));
                assertTrue(copy.containsKey("k" + i));
            }
            assertNull(copy.get("missing"));
            assertFalse(copy.containsKey("missing"));
            assertEquals(source.toString(), copy.toString());
        }
    }

    @Test
    void isReadOnlyAndTakesNullsLikeLinkedHashMap() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("a", null);
        source.put(null, "b");
        Map<String, String> copy = SmallMap.copyOf(source);
        assertTrue(copy.containsKey("a"));
        assertNull(copy.get("a"));
        assertEquals("b", copy.get(null));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("c", "d"));
        assertThrows(UnsupportedOperationException.class, () -> copy.entrySet().iterator().next().setValue("x"));
        List<String> keys = new ArrayList<>(copy.keySet());
        assertEquals(java.util.Arrays.asList("a", null), keys);
    }
}
