package io.pindesk.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map that keeps insertion order in two arrays: for the handful of renditions every pin carries. A
 * read-only {@code LinkedHashMap} costs about 350 bytes for five entries, this about 90, and a library holds one per
 * pin. Lookups scan, which for a few keys is as fast as hashing; beyond {@value #MAX_SCANNED} entries it falls back
 * to an unmodifiable {@code LinkedHashMap}. Like that, it takes null keys and values.
 */
final class SmallMap<K, V> extends AbstractMap<K, V> {

    static final int MAX_SCANNED = 12;

    private final Object[] keys;
    private final Object[] values;

    private SmallMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** An immutable, insertion-ordered copy. */
    static <K, V> Map<K, V> copyOf(Map<K, V> source) {
        if (source.isEmpty()) {
            return Map.of();
        }
        if (source.size() > MAX_SCANNED) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(source));
        }
        Object[] keys = new Object[source.size()];
        Object[] values = new Object[source.size()];
        int i = 0;
        for (Map.Entry<K, V> e : source.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new SmallMap<>(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (java.util.Objects.equals(keys[i], key)) {
                return (V) values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (Object k : keys) {
            if (java.util.Objects.equals(k, key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }
        };
    }
}
