package org.astanakg.fact;

import java.util.List;
import java.util.Optional;

/**
 * Everything one article contributes: its metadata, its sentence table and its facts.
 *
 * @param source the facts file it was read from, for messages (may be null for extracted facts)
 */
public record ArticleFacts(Article article, List<Sentence> sentences, List<Fact> facts, String source) {
    public ArticleFacts {
        sentences = List.copyOf(sentences);
        facts = List.copyOf(facts);
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
