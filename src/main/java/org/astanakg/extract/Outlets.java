package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.Locale;
import java.util.Optional;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.registry.Registry;

/**
 * Media outlets: a publisher's name ("Al Jazeera", "al-jazeera", "TASS") resolved to its registry id,
 * and the wire service a story credits ("told AFP", "By AFP", "— AFP", "With reporting from AFP").
 */
public final class Outlets {
    /** The registry id used when the publisher is not given. */
    public static final String UNKNOWN = "unknown-outlet";
    private static final Rx WIRE = Rx.compile("(?:\\b(?:told|By|by|from|via)\\s|[—–(]\\s?|-\\s)"
            + "(AFP|Reuters|AP|Associated\\sPress|TASS|Xinhua|Anadolu(?:\\sAgency)?|Sputnik|IRNA|Kazinform)\\b"
            + "|\\b(AFP|Reuters|TASS|Xinhua|Anadolu|Sputnik|IRNA|Kazinform)\\s(?:correspondent|reported|reports|news\\sagency|learned)\\b");

    private Outlets() {
    }

    /** The registry id of the outlet with this id, label or alias (any case); empty when none. */
    public static Optional<String> resolve(Registry registry, String name) {
        String n = normal(name);
        for (Entity e : registry.entities()) {
            if (e.type() != EntityType.MEDIA_OUTLET) {
                continue;
            }
            if (normal(e.id()).equals(n) || normal(e.label()).equals(n)
                    || e.aliases().stream().anyMatch(a -> normal(a).equals(n))) {
                return Optional.of(e.id());
            }
        }
        return Optional.empty();
    }

    /** The known outlets' ids, for messages. */
    public static String known(Registry registry) {
        return registry.entities().stream().filter(e -> e.type() == EntityType.MEDIA_OUTLET).map(Entity::id).toList().toString();
    }

    /** The wire service the text credits, other than the publisher; empty when none. */
    public static Optional<String> wire(Registry registry, String text, String publisher) {
        Rx.M m = WIRE.matcher(text.length() > 100_000 ? text.substring(0, 100_000) : text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<String> id = resolve(registry, name);
            if (id.isPresent() && !id.get().equals(publisher)) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
