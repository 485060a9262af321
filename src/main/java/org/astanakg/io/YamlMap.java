package org.astanakg.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping whose keys are plain strings. Duplicate keys and keys outside the allowed set are
 * input errors, so a typo in a field name never passes silently.
 */
public final class YamlMap {
    private final YamlNode self;
    private final Map<String, YamlNode> entries = new LinkedHashMap<>();

    YamlMap(YamlNode self, MappingNode mapping) {
        this.self = self;
        String prefix = self.field().isEmpty() ? "" : self.field() + ".";
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode keyNode = self.child(tuple.getKeyNode(), self.field());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw keyNode.error("a key must be a plain name");
            }
            String name = key.getValue();
            if (entries.containsKey(name)) {
                throw keyNode.error("the key '" + name + "' appears twice");
            }
            entries.put(name, self.child(tuple.getValueNode(), prefix + name));
        }
    }

    /** The node this mapping is. */
    public YamlNode node() {
        return self;
    }

    /** Rejects any key not in {@code allowed}, naming the allowed ones. */
    public YamlMap allowOnly(Set<String> allowed) {
        for (Map.Entry<String, YamlNode> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown field '" + e.getKey() + "'; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
        return this;
    }

    /** The value of a key that must be there and not null. */
    public YamlNode required(String key) {
        return optional(key).orElseThrow(() -> self.error("the field '" + key + "' is required"));
    }

    /** The value of a key, empty when absent or null. */
    public Optional<YamlNode> optional(String key) {
        YamlNode value = entries.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** A required scalar as text. */
    public String text(String key) {
        return required(key).asText().trim();
    }

    /** An optional scalar as text. */
    public Optional<String> optionalText(String key) {
        return optional(key).map(n -> n.asText().trim());
    }

    /** An optional value converted by {@code parse}, which reports errors against the node. */
    public <T> Optional<T> optional(String key, Function<YamlNode, T> parse) {
        return optional(key).map(parse);
    }

    /** An optional list; absent means empty. Each item is converted by {@code parse}. */
    public <T> List<T> list(String key, Function<YamlNode, T> parse) {
        List<T> out = new ArrayList<>();
        Optional<YamlNode> value = optional(key);
        if (value.isPresent()) {
            for (YamlNode item : value.get().asList()) {
                out.add(parse.apply(item));
            }
        }
        return out;
    }

    /** True when the key is present with a non-null value. */
    public boolean has(String key) {
        return optional(key).isPresent();
    }
}
