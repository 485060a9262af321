package org.astanakg.fact;

import java.util.List;
import org.astanakg.registry.Entity;
import java.util.Optional;

/**
 * Everything one article contributes: its metadata, its sentence table and its facts.
 *
 * @param source   the facts file it was read from, for messages (may be null for extracted facts)
 * @param entities entities the article adds for itself (people the registry lacks), usually none
 */
public record ArticleFacts(Article article, List<Sentence> sentences, List<Fact> facts, String source,
        List<Entity> entities) {
    public ArticleFacts {
        sentences = List.copyOf(sentences);
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
    }

    /** An article that adds no entities of its own. */
    public ArticleFacts(Article article, List<Sentence> sentences, List<Fact> facts, String source) {
        this(article, sentences, facts, source, List.of());
    }

    /** The fact with this id. */
    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The facts of one type, in file order. */
    public <T extends Fact> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
