package org.astanakg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astanakg.fact.AlignmentFact;
import org.astanakg.fact.ClaimFact;
import org.astanakg.fact.EventFact;
import org.astanakg.fact.Fact;
import org.astanakg.fact.ParticipationFact;
import org.astanakg.fact.PersonFact;
import org.astanakg.fact.RoundFact;
import org.astanakg.fact.StatementFact;
import org.astanakg.fact.TopicFact;
import org.astanakg.fact.ZoneFact;

/**
 * Collects the facts the rules emit. A fact saying the same as one already held (same fields but
 * id and evidence) is dropped, so rules may fire on every sentence that repeats a fact.
 */
final class FactSink {
    private final Map<Object, Fact> byContent = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, org.astanakg.registry.Entity> entities = new LinkedHashMap<>();

    /** Adds an entity the article names that the registry lacks (first description wins). */
    void addEntity(org.astanakg.registry.Entity e) {
        entities.putIfAbsent(e.id(), e);
    }

    /** The article's own entities, in the order found. */
    List<org.astanakg.registry.Entity> entities() {
        return List.copyOf(entities.values());
    }

    /** A fresh id with this prefix: r1, r2, e1... */
    String newId(String prefix) {
        int n = counters.merge(prefix, 1, Integer::sum);
        return prefix + n;
    }

    /** Adds a fact unless an equal one is held; returns the fact held. */
    Fact add(Fact fact) {
        return byContent.computeIfAbsent(content(fact), k -> fact);
    }

    /** The facts held, in the order they were first added. */
    List<Fact> facts() {
        return new ArrayList<>(byContent.values());
    }

    /** Facts of one type. */
    <T extends Fact> List<T> facts(Class<T> type) {
        return byContent.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Object content(Fact f) {
        List<org.astanakg.fact.Evidence> none = List.of();
        if (f instanceof RoundFact r) {
            return new RoundFact(r.id(), r.ordinal(), r.start(), r.end(), r.place(), r.status(), r.follows(),
                    r.precedes(), none);
        }
        if (f instanceof ParticipationFact p) {
            return new ParticipationFact("", p.event(), p.actor(), p.role(), p.attended(), none);
        }
        if (f instanceof AlignmentFact a) {
            return new AlignmentFact("", a.actor(), a.relation(), a.target(), none);
        }
        if (f instanceof ClaimFact c) {
            return new ClaimFact("", c.measure(), c.value(), c.valueText(), c.qualifier(), c.asOf(), c.statedBy(),
                    c.about(), c.place(), none);
        }
        if (f instanceof EventFact e) {
            return List.of("event", e.kind(), String.valueOf(e.date()), String.valueOf(e.start()));
        }
        if (f instanceof PersonFact p) {
            return List.of("person", p.person());
        }
        if (f instanceof TopicFact t) {
            return new TopicFact("", t.event(), t.topic(), none);
        }
        if (f instanceof StatementFact s) {
            return new StatementFact("", s.speaker(), s.event(), none);
        }
        return List.of("zone", ((ZoneFact) f).zone());
    }
}
