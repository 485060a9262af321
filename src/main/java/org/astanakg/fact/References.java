package org.astanakg.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.astanakg.io.YamlNode;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.registry.Registry;

/**
 * The references a facts file makes, to registry entities and to its own facts, checked once the
 * whole file is read so that a fact may refer to one written after it.
 */
final class References {
    private record Pending(YamlNode node, String id, String expected, Predicate<Object> ok) {
    }

    private final Registry registry;
    private final List<Pending> pending = new ArrayList<>();

    References(Registry registry) {
        this.registry = registry;
    }

    /** A reference to a registry entity whose type must pass {@code ok}. */
    String entity(YamlNode node, String expected, Predicate<EntityType> ok) {
        String id = node.asText().trim();
        Entity e = registry.get(id).orElseThrow(() -> node.error("unknown entity '" + id
                + "': add it to the registry (data/registry.yaml) or use an existing id"));
        if (!ok.test(e.type())) {
            throw node.error("'" + id + "' is a " + e.type().className() + "; expected " + expected);
        }
        return id;
    }

    /** A reference to an actor. */
    String actor(YamlNode node) {
        return entity(node, "an actor (a state, government, group, organisation or person)", EntityType::isActor);
    }

    /** A reference to a place. */
    String place(YamlNode node) {
        return entity(node, "a place", EntityType::isPlace);
    }

    /** A reference to any registry entity. */
    String any(YamlNode node) {
        return entity(node, "any entity", t -> true);
    }

    /** A reference to another fact of this file, checked by {@link #check}. */
    String fact(YamlNode node, String expected, Predicate<Object> ok) {
        String id = node.asText().trim();
        pending.add(new Pending(node, id, expected, ok));
        return id;
    }

    /** A reference to an event: a round or event fact. */
    String event(YamlNode node) {
        return fact(node, "a round or event fact", f -> f instanceof RoundFact || f instanceof EventFact);
    }

    /** A reference to an entity or a fact of this file (the {@code about} of a claim). */
    String entityOrFact(YamlNode node) {
        String id = node.asText().trim();
        if (registry.contains(id)) {
            return id;
        }
        return fact(node, "a registry id or a fact id", f -> true);
    }

    /** Checks the pending fact references against the facts of the file. */
    void check(Map<String, Fact> facts) {
        for (Pending p : pending) {
            Fact target = facts.get(p.id());
            if (target == null) {
                throw p.node().error("no fact with id '" + p.id() + "' in this file; expected " + p.expected());
            }
            if (!p.ok().test(target)) {
                throw p.node().error("'" + p.id() + "' is a " + target.getClass().getSimpleName()
                        + "; expected " + p.expected());
            }
        }
    }
}
