package org.astanakg.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The set of known entities, by id, in file order. */
public final class Registry {
    private final Map<String, Entity> byId;

    public Registry(Collection<Entity> entities) {
        Map<String, Entity> map = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (map.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate registry id " + e.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** This registry with an article's own entities added (their ids must be new). */
    public Registry withLocal(Collection<Entity> local) {
        if (local.isEmpty()) {
            return this;
        }
        List<Entity> all = new java.util.ArrayList<>(byId.values());
        all.addAll(local);
        return new Registry(all);
    }

    /** The entity with this id. */
    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when an entity has this id. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Every entity, in file order. */
    public Collection<Entity> entities() {
        return byId.values();
    }
}
