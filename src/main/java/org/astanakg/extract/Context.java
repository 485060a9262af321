package org.astanakg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.astanakg.fact.Article;
import org.astanakg.fact.Evidence;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.registry.Registry;
import org.astanakg.text.ArticleText;
import org.astanakg.text.Bigrams;
import org.astanakg.text.DateMention;
import org.astanakg.text.DateResolver;
import org.astanakg.text.Gazetteer;
import org.astanakg.text.Mention;
import org.astanakg.text.Span;
import org.astanakg.text.TextSentence;

/**
 * What the rules read: the article's metadata and text, and for each sentence the entities and dates
 * it names. Sentences longer than {@link #MAX_SENTENCE} chars are not news prose and are left out,
 * which bounds the work any rule does on one sentence.
 */
final class Context {
    static final int MAX_SENTENCE = 1_500;

    /**
     * One sentence with what it names, its lower-case form and the pairs of characters in it for cheap
     * keyword gates, and whether it is about talks (Astana's or others), computed once.
     */
    record Line(TextSentence sentence, List<Mention> mentions, List<DateMention> dates, String lower, Bigrams pairs,
            boolean talks, boolean astana, boolean otherTalksOnly, boolean otherGathering) {
        static Line of(TextSentence sentence, List<Mention> mentions, List<DateMention> dates) {
            String text = sentence.text();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            Bigrams pairs = new Bigrams(lower);
            boolean astana = Cues.astana(text, lower, pairs);
            return new Line(sentence, mentions, dates, lower, pairs, Cues.talks(text, lower, pairs), astana,
                    !astana && Cues.otherTalks(text, lower, pairs), Cues.otherGatheringOnly(text, lower, pairs));
        }

        String text() {
            return sentence.text();
        }

        /** True when the sentence contains any of these lower-case words or fragments. */
        boolean has(String... keys) {
            for (String k : keys) {
                if (pairs.mayContain(k) && lower.contains(k)) {
                    return true;
                }
            }
            return false;
        }

        /** A sentence about the Astana talks rather than others. */
        boolean astanaTalks() {
            return talks && !otherTalksOnly;
        }

        /** Mentions of entities (as written, before metonymy) inside [from, to) of the sentence. */
        List<Mention> mentionsIn(int from, int to) {
            int b = sentence.span().begin();
            return mentions.stream().filter(m -> m.span().begin() - b >= from && m.span().end() - b <= to).toList();
        }

        int rel(Mention m) {
            return m.span().begin() - sentence.span().begin();
        }

        int relEnd(Mention m) {
            return m.span().end() - sentence.span().begin();
        }
    }

    private final Article article;
    private final ArticleText text;
    private final Registry registry;
    private final List<Line> lines;

    Context(Article article, ArticleText text, Registry registry, Gazetteer gazetteer) {
        this.article = article;
        this.text = text;
        this.registry = registry;
        DateResolver dates = new DateResolver(article.published());
        List<Mention> all = gazetteer.find(text.text());
        List<Line> out = new ArrayList<>();
        int i = 0;
        for (TextSentence s : text.sentences()) {
            List<Mention> in = new ArrayList<>();
            while (i < all.size() && all.get(i).span().begin() < s.span().begin()) {
                i++;
            }
            int j = i;
            while (j < all.size() && all.get(j).span().end() <= s.span().end()) {
                in.add(all.get(j++));
            }
            if (s.text().length() <= MAX_SENTENCE) {
                out.add(Line.of(s, in, dates.find(s.text())));
            }
        }
        this.lines = List.copyOf(out);
    }

    Article article() {
        return article;
    }

    ArticleText text() {
        return text;
    }

    List<Line> lines() {
        return lines;
    }

    Optional<Entity> entity(String id) {
        return registry.get(id);
    }

    EntityType type(String id) {
        return registry.get(id).map(Entity::type).orElse(null);
    }

    /** The actor a mention stands for: a capital acting politically is its state or government. */
    String actor(Mention m) {
        Entity e = registry.get(m.entity()).orElse(null);
        if (e == null) {
            return null;
        }
        if (e.standsFor() != null) {
            return e.standsFor();
        }
        return e.type().isActor() ? e.id() : null;
    }

    /** Evidence for [from, to) of a sentence (relative offsets). */
    Evidence evidence(Line line, int from, int to) {
        Span span = line.sentence().at(Math.max(0, from), Math.min(line.text().length(), to));
        return new Evidence(line.sentence().index(), text.codePoint(span.begin()), text.codePoint(span.end()),
                text.sha(span));
    }

    /** Evidence for a whole mention. */
    Evidence evidence(Line line, Mention m) {
        return evidence(line, line.rel(m), line.relEnd(m));
    }

    /** Who a sourced figure is attributed to when the sentence names nobody: the wire, else the publisher. */
    String defaultSource() {
        return article.wire() != null ? article.wire() : article.publisher();
    }
}
