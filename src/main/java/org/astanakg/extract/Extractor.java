package org.astanakg.extract;

import java.util.List;
import org.astanakg.fact.Article;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.Sentence;
import org.astanakg.registry.Registry;
import org.astanakg.text.ArticleText;
import org.astanakg.text.Gazetteer;

/**
 * Extracts an article's facts: builds the {@link Context} once, then runs the rules in order (rounds
 * first, since the other rules refer to the reported round). Thread-safe; build one per registry.
 */
public final class Extractor {
    private final Registry registry;
    private final Gazetteer gazetteer;

    public Extractor(Registry registry) {
        this.registry = registry;
        this.gazetteer = Gazetteer.of(registry);
    }

    /** The facts of one article whose text has passed {@link TextChecks}. */
    public ArticleFacts extract(Article article, String text) {
        ArticleText doc = ArticleText.of(text);
        Context ctx = new Context(article, doc, registry, gazetteer);
        FactSink sink = new FactSink();
        RoundRules.Rounds rounds = new RoundRules(ctx).run(sink);
        String round = rounds.reportedId();
        new ParticipationRules(ctx, round).run(sink);
        new AlignmentRules(ctx).run(sink);
        new ClaimRules(ctx).run(sink);
        new ZoneRules(ctx).run(sink);
        new EventRules(ctx).run(sink);
        new PersonRules(ctx, round).run(sink);
        new NewPersonRules(ctx, round).run(sink);
        new StatementRules(ctx, round).run(sink);
        new TopicRules(ctx, round).run(sink);
        List<Sentence> sentences = doc.sentences().stream().map(s -> new Sentence(s.index(),
                doc.codePoint(s.span().begin()), doc.codePoint(s.span().end()))).toList();
        return new ArticleFacts(article, sentences, sink.facts(), null, sink.entities());
    }
}
