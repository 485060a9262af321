package org.astanakg.map;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.astanakg.fact.Article;
import org.astanakg.fact.Evidence;
import org.astanakg.fact.Fact;
import org.astanakg.fact.Sentence;

/**
 * Writes a fact's evidence as W3C Web Annotations: the fact is the body, the target is the article
 * with a {@code oa:TextPositionSelector} (code point offsets), and the annotation names the
 * sentence it lies in. The fact node also gets {@code prov:wasDerivedFrom} the article.
 */
final class EvidenceMapper {
    private static final Map<String, String> FIELD_PROPERTIES = Map.ofEntries(
            Map.entry("ordinal", "ordinal"), Map.entry("start", "startDate"), Map.entry("end", "endDate"),
            Map.entry("place", "place"), Map.entry("date", "date"), Map.entry("role", "role"),
            Map.entry("attended", "attended"), Map.entry("areas", "coversArea"),
            Map.entry("guarantors", "guarantor"), Map.entry("agreed", "agreedOn"),
            Map.entry("agreedAt", "agreedAt"), Map.entry("agreedBy", "agreedBy"),
            Map.entry("duration", "duration"), Map.entry("terms", "zoneTerm"),
            Map.entry("deadline", "boundaryDeadline"), Map.entry("count", "zoneCount"),
            Map.entry("value", "value"), Map.entry("qualifier", "qualifier"), Map.entry("asOf", "asOf"),
            Map.entry("statedBy", "statedBy"), Map.entry("actors", "eventActor"),
            Map.entry("position", "positionTitle"), Map.entry("affiliation", "affiliation"),
            Map.entry("topic", "topic"), Map.entry("extendable", "extendable"), Map.entry("target", "alignmentTarget"),
            Map.entry("relation", "stance"), Map.entry("speaker", "speaker"), Map.entry("person", "holder"),
            Map.entry("about", "about"), Map.entry("valueText", "valueText"), Map.entry("precedes", "precedes"),
            Map.entry("follows", "follows"), Map.entry("durationQualifier", "durationQualifier"),
            Map.entry("deadlineMissed", "deadlineMissed"), Map.entry("partOf", "partOfZone"),
            Map.entry("dateQualifier", "dateQualifier"));

    private final GraphWriter out;
    private final Article article;
    private final Node articleNode;

    EvidenceMapper(GraphWriter out, Article article) {
        this.out = out;
        this.article = article;
        this.articleNode = Iris.article(article.id());
    }

    /** Writes the article's sentence table. */
    void sentences(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            Node node = Iris.sentence(article.id(), s.index());
            out.type(node, AK.Sentence);
            out.add(node, AK.IN_ARTICLE, articleNode);
            out.add(node, AK.SENTENCE_INDEX, GraphWriter.integer(s.index()));
            out.add(node, AK.BEGIN_INDEX, GraphWriter.integer(s.begin()));
            out.add(node, AK.END_INDEX, GraphWriter.integer(s.end()));
        }
    }

    /** Links {@code factNode} to every piece of evidence of {@code fact}. */
    void evidence(Node factNode, Fact fact) {
        out.add(factNode, Vocab.WAS_DERIVED_FROM, articleNode);
        List<Evidence> all = fact.evidence();
        for (int i = 0; i < all.size(); i++) {
            annotation(factNode, fact, Iris.evidence(article.id(), fact.id(), i + 1), all.get(i));
        }
    }

    /** The property a fact's field is written as; the same field name can mean different properties. */
    private static Node property(Fact fact, String field) {
        if (field.equals("actor")) {
            return fact instanceof org.astanakg.fact.AlignmentFact ? AK.ALIGNED_ACTOR : AK.PARTICIPANT;
        }
        if (field.equals("event")) {
            return fact instanceof org.astanakg.fact.TopicFact ? AK.AGENDA_OF
                    : fact instanceof org.astanakg.fact.StatementFact ? AK.STATEMENT_AT
                    : fact instanceof org.astanakg.fact.PersonFact ? AK.POSITION_AT : AK.IN_EVENT;
        }
        if (field.equals("label")) {
            return Vocab.LABEL;
        }
        if (field.equals("kind")) {
            return Vocab.TYPE;
        }
        if (field.equals("place") && fact instanceof org.astanakg.fact.ClaimFact) {
            return AK.CLAIM_PLACE;
        }
        String local = FIELD_PROPERTIES.get(field);
        return local == null ? null : AK.term(local);
    }

    private void annotation(Node factNode, Fact fact, Node node, Evidence e) {
        out.add(factNode, AK.EVIDENCE, node);
        out.type(node, AK.Evidence);
        out.type(node, Vocab.OA_ANNOTATION);
        out.add(node, Vocab.OA_HAS_BODY, factNode);
        out.add(node, AK.ARTICLE, articleNode);
        out.add(node, AK.SENTENCE, Iris.sentence(article.id(), e.sentence()));
        out.add(node, AK.SPAN_SHA, GraphWriter.text(e.sha()));
        for (String field : e.supports()) {
            Node property = property(fact, field);
            if (property != null) {
                out.add(node, AK.SUPPORTS_PROPERTY, property);
            }
        }
        Node target = Iris.evidenceTarget(node);
        Node selector = Iris.evidenceSelector(node);
        out.add(node, Vocab.OA_HAS_TARGET, target);
        out.type(target, Vocab.OA_SPECIFIC_RESOURCE);
        out.add(target, Vocab.OA_HAS_SOURCE, articleNode);
        out.add(target, Vocab.OA_HAS_SELECTOR, selector);
        out.type(selector, Vocab.OA_TEXT_POSITION_SELECTOR);
        out.add(selector, Vocab.OA_START, GraphWriter.integer(e.begin()));
        out.add(selector, Vocab.OA_END, GraphWriter.integer(e.end()));
    }
}
