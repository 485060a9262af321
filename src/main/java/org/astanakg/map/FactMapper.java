package org.astanakg.map;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.astanakg.fact.AlignmentFact;
import org.astanakg.fact.Article;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.ClaimFact;
import org.astanakg.fact.EventFact;
import org.astanakg.fact.Fact;
import org.astanakg.fact.ParticipationFact;
import org.astanakg.fact.PartialDate;
import org.astanakg.fact.PersonFact;
import org.astanakg.fact.RoundFact;
import org.astanakg.fact.RoundStatus;
import org.astanakg.fact.StatementFact;
import org.astanakg.fact.Stance;
import org.astanakg.fact.TopicFact;
import org.astanakg.fact.ZoneFact;

/**
 * Maps one article's facts into the article's own named graph. Shared things (rounds, an actor's
 * role at a round, an alignment) get the same IRI from every article that reports them, so the
 * union graph holds one node with several sources; claims are never shared.
 */
public final class FactMapper {
    /** The registry id of the Astana process that every round is part of. */
    public static final String ASTANA_PROCESS = "astana-process";

    private final ArticleFacts facts;
    private final Article article;
    private final Map<String, RoundIdentity> rounds;
    private final GraphWriter out;
    private final EvidenceMapper evidence;
    private final Node articleNode;

    private FactMapper(ArticleFacts facts, Map<String, RoundIdentity> rounds, StreamRDF sink) {
        this.facts = facts;
        this.article = facts.article();
        this.rounds = rounds;
        this.out = new GraphWriter(sink, Iris.articleGraph(article.id()));
        this.evidence = new EvidenceMapper(out, article);
        this.articleNode = Iris.article(article.id());
    }

    /** Writes the article, its sentences and its facts; {@code rounds} comes from {@link RoundResolver}. */
    public static void map(ArticleFacts facts, Map<String, RoundIdentity> rounds, StreamRDF sink) {
        new FactMapper(facts, rounds, sink).run();
    }

    private void run() {
        article();
        evidence.sentences(facts.sentences());
        for (Fact f : facts.facts()) {
            mapFact(f);
        }
    }

    private void mapFact(Fact f) {
        if (f instanceof RoundFact r) {
            round(r);
        } else if (f instanceof ParticipationFact p) {
            participation(p);
        } else if (f instanceof ZoneFact z) {
            zone(z);
        } else if (f instanceof AlignmentFact a) {
            alignment(a);
        } else if (f instanceof ClaimFact c) {
            claim(c);
        } else if (f instanceof EventFact e) {
            event(e);
        } else if (f instanceof PersonFact p) {
            person(p);
        } else if (f instanceof TopicFact t) {
            topic(t);
        } else if (f instanceof StatementFact st) {
            statement(st);
        }
    }

    private void article() {
        out.type(articleNode, AK.NewsArticle);
        out.type(articleNode, Vocab.SCHEMA_NEWS_ARTICLE);
        if (article.url() != null) {
            out.add(articleNode, Vocab.SCHEMA_URL, org.apache.jena.graph.NodeFactory.createURI(article.url()));
        }
        out.add(articleNode, Vocab.SCHEMA_DATE_PUBLISHED, GraphWriter.date(article.published()));
        out.add(articleNode, AK.PUBLISHER, Iris.entity(article.publisher()));
        if (article.wire() != null) {
            out.add(articleNode, AK.WIRE_SERVICE, Iris.entity(article.wire()));
        }
        out.add(articleNode, AK.TEXT_SHA256, GraphWriter.text(article.sha256()));
        if (article.length() >= 0) {
            out.add(articleNode, AK.TEXT_LENGTH, GraphWriter.integer(article.length()));
        }
        out.add(articleNode, Vocab.LABEL, GraphWriter.english("News article " + article.id()
                + ", published " + article.published()));
    }

    private void round(RoundFact r) {
        RoundIdentity identity = rounds.get(RoundResolver.key(article.id(), r.id()));
        Node node = identity.node();
        out.type(node, AK.TalkRound);
        out.add(node, Vocab.LABEL, GraphWriter.english(identity.label()));
        out.add(node, AK.PART_OF_PROCESS, Iris.entity(ASTANA_PROCESS));
        out.add(node, AK.ORDINAL, GraphWriter.integer(r.ordinal()));
        dates(node, r.start(), AK.START_DATE, AK.START_PRECISION);
        dates(node, r.end(), AK.END_DATE, AK.END_PRECISION);
        entity(node, AK.PLACE, r.place());
        out.add(node, r.status() == RoundStatus.REPORTED ? AK.REPORTED_IN : AK.MENTIONED_IN, articleNode);
        if (r.follows() != null) {
            out.add(node, AK.FOLLOWS, eventNode(r.follows()));
        }
        if (r.precedes() != null) {
            out.add(node, AK.PRECEDES, eventNode(r.precedes()));
        }
        evidence.evidence(node, r);
    }

    private void participation(ParticipationFact p) {
        Node event = eventNode(p.event());
        Node node = Iris.participation(event, p.actor(), p.role());
        out.type(node, AK.Participation);
        out.add(node, AK.PARTICIPANT, Iris.entity(p.actor()));
        out.add(node, AK.IN_EVENT, event);
        out.add(node, AK.ROLE, Iris.concept("role", p.role()));
        out.add(node, AK.ATTENDED, GraphWriter.bool(p.attended()));
        evidence.evidence(node, p);
    }

    private void zone(ZoneFact z) {
        Node node = Iris.entity(z.zone());
        out.add(node, AK.ZONE_COUNT, GraphWriter.integer(z.count()));
        z.areas().forEach(a -> entity(node, AK.COVERS_AREA, a));
        z.guarantors().forEach(g -> entity(node, AK.GUARANTOR, g));
        if (z.agreedAt() != null) {
            out.add(node, AK.AGREED_AT, eventNode(z.agreedAt()));
        }
        dates(node, z.agreed(), AK.AGREED_ON, AK.AGREED_PRECISION);
        z.agreedBy().forEach(a -> entity(node, AK.AGREED_BY, a));
        out.add(node, AK.DURATION, GraphWriter.duration(z.duration()));
        out.add(node, AK.DURATION_QUALIFIER, GraphWriter.text(z.durationQualifier()));
        out.add(node, AK.EXTENDABLE, GraphWriter.bool(z.extendable()));
        z.terms().forEach(t -> out.add(node, AK.ZONE_TERM, Iris.concept("term", t)));
        dates(node, z.deadline(), AK.BOUNDARY_DEADLINE, AK.DEADLINE_PRECISION);
        out.add(node, AK.DEADLINE_MISSED, GraphWriter.bool(z.deadlineMissed()));
        entity(node, AK.PART_OF_ZONE, z.partOf());
        evidence.evidence(node, z);
    }

    private void alignment(AlignmentFact a) {
        Node node = Iris.alignment(a.actor(), a.relation(), a.target());
        out.type(node, AK.Alignment);
        out.add(node, AK.ALIGNED_ACTOR, Iris.entity(a.actor()));
        out.add(node, AK.STANCE, Iris.concept("stance", a.relation()));
        out.add(node, AK.ALIGNMENT_TARGET, Iris.entity(a.target()));
        Node shortcut = a.relation() == Stance.SUPPORTS ? AK.SUPPORTS
                : a.relation() == Stance.OPPOSES ? AK.OPPOSES : AK.DEMANDS_OUSTER_OF;
        out.add(Iris.entity(a.actor()), shortcut, Iris.entity(a.target()));
        evidence.evidence(node, a);
    }

    private void claim(ClaimFact c) {
        Node node = Iris.claim(article.id(), c.id());
        out.type(node, AK.Claim);
        out.add(node, AK.MEASURE, Iris.concept("measure", c.measure()));
        out.add(node, AK.VALUE, GraphWriter.decimal(c.value()));
        out.add(node, AK.VALUE_TEXT, GraphWriter.text(c.valueText()));
        if (c.qualifier() != null) {
            out.add(node, AK.QUALIFIER, Iris.concept("qualifier", c.qualifier()));
        }
        dates(node, c.asOf(), AK.AS_OF, AK.AS_OF_PRECISION);
        entity(node, AK.STATED_BY, c.statedBy());
        if (c.about() != null) {
            out.add(node, AK.ABOUT, facts.fact(c.about()).map(this::factNode).orElse(Iris.entity(c.about())));
        }
        entity(node, AK.CLAIM_PLACE, c.place());
        evidence.evidence(node, c);
    }

    private void event(EventFact e) {
        Node node = eventNode(e.id());
        out.type(node, AK.Event);
        out.type(node, AK.term(e.kind().className()));
        out.add(node, Vocab.LABEL, GraphWriter.english(e.label()));
        dates(node, e.date(), AK.DATE, AK.DATE_PRECISION);
        dates(node, e.start(), AK.START_DATE, AK.START_PRECISION);
        dates(node, e.end(), AK.END_DATE, AK.END_PRECISION);
        out.add(node, AK.DATE_QUALIFIER, GraphWriter.text(e.dateQualifier()));
        entity(node, AK.PLACE, e.place());
        e.actors().forEach(a -> entity(node, AK.EVENT_ACTOR, a));
        entity(node, AK.EVENT_TARGET, e.target());
        out.add(node, AK.MENTIONED_IN, articleNode);
        evidence.evidence(node, e);
    }

    private void person(PersonFact p) {
        Node node = Iris.position(article.id(), p.id());
        out.type(node, AK.PositionHeld);
        entity(node, AK.HOLDER, p.person());
        out.add(node, AK.POSITION_TITLE, GraphWriter.text(p.position()));
        entity(node, AK.AFFILIATION, p.affiliation());
        if (p.event() != null) {
            out.add(node, AK.POSITION_AT, eventNode(p.event()));
        }
        evidence.evidence(node, p);
    }

    private void topic(TopicFact t) {
        Node event = eventNode(t.event());
        Node node = Iris.agendaItem(event, t.topic());
        out.type(node, AK.AgendaItem);
        out.add(node, AK.AGENDA_OF, event);
        out.add(node, AK.TOPIC, Iris.concept("topic", t.topic()));
        evidence.evidence(node, t);
    }

    private void statement(StatementFact s) {
        Node node = Iris.statement(article.id(), s.id());
        out.type(node, AK.Statement);
        entity(node, AK.SPEAKER, s.speaker());
        if (s.event() != null) {
            out.add(node, AK.STATEMENT_AT, eventNode(s.event()));
        }
        evidence.evidence(node, s);
    }

    /** The node of a round or event fact of this article. */
    private Node eventNode(String factId) {
        Fact f = facts.fact(factId).orElseThrow();
        return factNode(f);
    }

    private Node factNode(Fact f) {
        if (f instanceof RoundFact r) {
            return rounds.get(RoundResolver.key(article.id(), r.id())).node();
        } else if (f instanceof EventFact e) {
            return e.key() != null ? Iris.event(e.key()) : Iris.event(article.id(), e.id());
        } else if (f instanceof ClaimFact c) {
            return Iris.claim(article.id(), c.id());
        } else if (f instanceof PersonFact p) {
            return Iris.position(article.id(), p.id());
        } else if (f instanceof StatementFact st) {
            return Iris.statement(article.id(), st.id());
        } else if (f instanceof ParticipationFact p) {
            return Iris.participation(eventNode(p.event()), p.actor(), p.role());
        } else if (f instanceof AlignmentFact a) {
            return Iris.alignment(a.actor(), a.relation(), a.target());
        } else if (f instanceof TopicFact t) {
            return Iris.agendaItem(eventNode(t.event()), t.topic());
        }
        return Iris.entity(((ZoneFact) f).zone());
    }

    private void dates(Node node, PartialDate date, Node dateProperty, Node precisionProperty) {
        if (date != null) {
            out.add(node, dateProperty, GraphWriter.date(date.first()));
            out.add(node, precisionProperty, Iris.concept("precision", date.precision()));
        }
    }

    private void entity(Node node, Node property, String id) {
        if (id != null) {
            out.add(node, property, Iris.entity(id));
        }
    }
}
