package org.astanakg.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.astanakg.io.YamlMap;
import org.astanakg.io.YamlNode;

/** Reads and checks {@code registry.yaml}; every error names the file, line and field. */
public final class RegistryReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Set<String> FIELDS = Set.of("id", "type", "label", "aliases", "qid", "qidEvidence",
            "country", "partOf", "standsFor", "affiliation", "lat", "lon", "note");

    private RegistryReader() {
    }

    /** Reads the registry file. */
    public static Registry read(Path file) {
        YamlMap root = YamlNode.read(file).asMap().allowOnly(Set.of("entities"));
        List<Entity> entities = new ArrayList<>();
        Map<String, YamlNode> where = new HashMap<>();
        for (YamlNode node : root.required("entities").asList()) {
            Entity e = entity(node.asMap().allowOnly(FIELDS));
            if (where.putIfAbsent(e.id(), node) != null) {
                throw node.asMap().required("id").error("duplicate id '" + e.id() + "' (first at "
                        + where.get(e.id()).location() + ")");
            }
            entities.add(e);
        }
        Registry registry = new Registry(entities);
        for (Entity e : entities) {
            checkReferences(e, where.get(e.id()).asMap(), registry);
        }
        return registry;
    }

    /**
     * Entities an article facts file adds for itself (its {@code entities:} list): the same fields
     * and checks as the registry's, ids that must not be registry ids, references to the registry or
     * to each other.
     */
    public static List<Entity> local(YamlNode list, Registry registry) {
        List<Entity> entities = new ArrayList<>();
        Map<String, YamlNode> where = new HashMap<>();
        for (YamlNode node : list.asList()) {
            Entity e = entity(node.asMap().allowOnly(FIELDS));
            if (registry.contains(e.id())) {
                throw node.asMap().required("id").error("'" + e.id() + "' is already in the registry; refer to it "
                        + "instead of adding it");
            }
            if (where.putIfAbsent(e.id(), node) != null) {
                throw node.asMap().required("id").error("duplicate id '" + e.id() + "'");
            }
            entities.add(e);
        }
        Registry all = registry.withLocal(entities);
        for (Entity e : entities) {
            checkReferences(e, where.get(e.id()).asMap(), all);
        }
        return entities;
    }

    private static Entity entity(YamlMap m) {
        String id = m.text("id");
        if (!ID.matcher(id).matches()) {
            throw m.required("id").error("expected a lowercase slug like 'eastern-ghouta', found '" + id + "'");
        }
        String typeName = m.text("type");
        EntityType type = EntityType.byClassName(typeName);
        if (type == null) {
            throw m.required("type").error("unknown type '" + typeName + "'; expected one of "
                    + java.util.Arrays.stream(EntityType.values()).map(EntityType::className).toList());
        }
        String qid = m.optionalText("qid").orElse(null);
        if (qid != null && !QID.matcher(qid).matches()) {
            throw m.required("qid").error("expected a Wikidata item id like Q159, found '" + qid + "'");
        }
        return new Entity(id, type, m.text("label"), m.list("aliases", n -> n.asText().trim()), qid,
                m.optionalText("qidEvidence").orElse(null), m.optionalText("country").orElse(null),
                m.optionalText("partOf").orElse(null), m.optionalText("standsFor").orElse(null),
                m.optionalText("affiliation").orElse(null), coordinate(m, "lat", 90), coordinate(m, "lon", 180));
    }

    private static Double coordinate(YamlMap m, String key, double bound) {
        return m.optional(key).map(n -> {
            try {
                double v = Double.parseDouble(n.asText().trim());
                if (Math.abs(v) <= bound) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw n.error("expected decimal degrees between -" + (int) bound + " and " + (int) bound
                    + ", found '" + n.asText() + "'");
        }).orElse(null);
    }

    private static void checkReferences(Entity e, YamlMap m, Registry registry) {
        ref(m, "country", registry, t -> t == EntityType.STATE, "a State");
        ref(m, "partOf", registry, EntityType::isPlace, "a place or zone");
        ref(m, "standsFor", registry, EntityType::isActor, "an actor");
        ref(m, "affiliation", registry, EntityType::isActor, "an actor");
        if ((e.lat() == null) != (e.lon() == null)) {
            throw m.node().error("give both lat and lon, or neither");
        }
    }

    private static void ref(YamlMap m, String key, Registry registry, Predicate<EntityType> ok, String what) {
        m.optional(key).ifPresent(n -> {
            String id = n.asText().trim();
            Entity target = registry.get(id).orElseThrow(() -> n.error("unknown registry id '" + id + "'"));
            if (!ok.test(target.type())) {
                throw n.error("'" + id + "' is a " + target.type().className() + "; expected " + what);
            }
        });
    }
}
