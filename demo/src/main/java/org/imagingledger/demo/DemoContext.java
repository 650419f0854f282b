package org.imagingledger.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** What earlier seeders made, by demo name (e.g. "dataset.breast-mg" → its id), for later seeders. */
public class DemoContext {

    private final Clock clock;
    private final Map<String, String> ids = new LinkedHashMap<>();

    DemoContext(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public void put(String name, String id) {
        ids.put(name, id);
    }

    public String id(String name) {
        String id = ids.get(name);
        if (id == null) {
            throw new NoSuchElementException("demo data has no " + name + " (seeded so far: " + ids.keySet() + ")");
        }
        return id;
    }
}
