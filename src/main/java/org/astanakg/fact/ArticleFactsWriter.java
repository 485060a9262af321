package org.astanakg.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.astanakg.registry.Entity;

/**
 * Writes article facts in the project's YAML format ({@code data/README.md}) with a fixed field
 * order, so that the same facts always give the same bytes. {@link ArticleFactsReader} reads back
 * exactly what this writes.
 */
public final class ArticleFactsWriter {

    private ArticleFactsWriter() {
    }

    /** The YAML text of an article's facts. */
    public static String write(ArticleFacts facts) {
        StringBuilder out = new StringBuilder();
        article(out, facts.article());
        out.append("sentences:\n");
        for (Sentence s : facts.sentences()) {
            out.append("  - [").append(s.begin()).append(", ").append(s.end()).append("]   # ").append(s.index()).append('\n');
        }
        if (facts.sentences().isEmpty()) {
            out.setLength(out.length() - 1);
            out.append(" []\n");
        }
        entities(out, facts.entities());
        out.append("facts:");
        if (facts.facts().isEmpty()) {
            out.append(" []");
        }
        out.append('\n');
        for (Fact f : facts.facts()) {
            fact(out, f);
        }
        return out.toString();
    }

    private static void entities(StringBuilder out, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        out.append("entities:\n");
        for (Entity e : entities) {
            out.append("  - id: ").append(e.id()).append('\n');
            field(out, 4, "type", e.type().className());
            field(out, 4, "label", quote(e.label()));
            if (!e.aliases().isEmpty()) {
                field(out, 4, "aliases", e.aliases().stream().map(ArticleFactsWriter::quote).collect(Collectors.joining(", ", "[", "]")));
            }
            field(out, 4, "qid", e.qid());
            field(out, 4, "qidEvidence", e.qidEvidence() == null ? null : quote(e.qidEvidence()));
            field(out, 4, "country", e.country());
            field(out, 4, "partOf", e.partOf());
            field(out, 4, "standsFor", e.standsFor());
            field(out, 4, "affiliation", e.affiliation());
            field(out, 4, "lat", e.lat() == null ? null : e.lat().toString());
            field(out, 4, "lon", e.lon() == null ? null : e.lon().toString());
        }
    }

    private static void article(StringBuilder out, Article a) {
        out.append("article:\n");
        field(out, 2, "id", quote(a.id()));
        field(out, 2, "url", a.url() == null ? null : quote(a.url()));
        field(out, 2, "publisher", a.publisher());
        field(out, 2, "wire", a.wire());
        field(out, 2, "published", quote(a.published().toString()));
        field(out, 2, "text", a.textFile() == null ? null : quote(a.textFile()));
        field(out, 2, "sha256", a.sha256() == null ? null : quote(a.sha256()));
        field(out, 2, "length", a.length() < 0 ? null : String.valueOf(a.length()));
    }

    private static void fact(StringBuilder out, Fact f) {
        out.append("  - id: ").append(f.id()).append('\n');
        if (f instanceof RoundFact r) {
            type(out, "round");
            field(out, 4, "ordinal", r.ordinal() == null ? null : r.ordinal().toString());
            date(out, "start", r.start());
            date(out, "end", r.end());
            field(out, 4, "place", r.place());
            field(out, 4, "status", r.status().slug());
            field(out, 4, "follows", r.follows());
            field(out, 4, "precedes", r.precedes());
        } else if (f instanceof ParticipationFact p) {
            type(out, "participation");
            field(out, 4, "event", p.event());
            field(out, 4, "actor", p.actor());
            field(out, 4, "role", p.role().slug());
            field(out, 4, "attended", p.attended() ? null : "false");
        } else if (f instanceof ZoneFact z) {
            zone(out, z);
        } else if (f instanceof AlignmentFact a) {
            type(out, "alignment");
            field(out, 4, "actor", a.actor());
            field(out, 4, "relation", a.relation().slug());
            field(out, 4, "target", a.target());
        } else if (f instanceof ClaimFact c) {
            claim(out, c);
        } else if (f instanceof EventFact e) {
            event(out, e);
        } else if (f instanceof PersonFact p) {
            type(out, "person");
            field(out, 4, "person", p.person());
            field(out, 4, "position", quote(p.position()));
            field(out, 4, "affiliation", p.affiliation());
            field(out, 4, "event", p.event());
        } else if (f instanceof TopicFact t) {
            type(out, "topic");
            field(out, 4, "event", t.event());
            field(out, 4, "topic", t.topic().slug());
        } else if (f instanceof StatementFact s) {
            type(out, "statement");
            field(out, 4, "speaker", s.speaker());
            field(out, 4, "event", s.event());
        }
        evidence(out, f.evidence());
    }

    private static void zone(StringBuilder out, ZoneFact z) {
        type(out, "zone");
        field(out, 4, "zone", z.zone());
        field(out, 4, "count", z.count() == null ? null : z.count().toString());
        list(out, "areas", z.areas());
        list(out, "guarantors", z.guarantors());
        field(out, 4, "agreedAt", z.agreedAt());
        date(out, "agreed", z.agreed());
        list(out, "agreedBy", z.agreedBy());
        field(out, 4, "duration", z.duration());
        field(out, 4, "durationQualifier", z.durationQualifier());
        field(out, 4, "extendable", z.extendable() == null ? null : z.extendable().toString());
        list(out, "terms", z.terms().stream().map(ZoneTerm::slug).toList());
        date(out, "deadline", z.deadline());
        field(out, 4, "deadlineMissed", z.deadlineMissed() == null ? null : z.deadlineMissed().toString());
        field(out, 4, "partOf", z.partOf());
    }

    private static void claim(StringBuilder out, ClaimFact c) {
        type(out, "claim");
        field(out, 4, "measure", c.measure().slug());
        field(out, 4, "value", c.value() == null ? null : plain(c.value()));
        field(out, 4, "valueText", c.valueText());
        field(out, 4, "qualifier", c.qualifier() == null ? null : c.qualifier().slug());
        date(out, "asOf", c.asOf());
        field(out, 4, "statedBy", c.statedBy());
        field(out, 4, "about", c.about());
        field(out, 4, "place", c.place());
    }

    private static void event(StringBuilder out, EventFact e) {
        type(out, "event");
        field(out, 4, "kind", e.kind().slug());
        field(out, 4, "label", quote(e.label()));
        date(out, "date", e.date());
        date(out, "start", e.start());
        date(out, "end", e.end());
        field(out, 4, "dateQualifier", e.dateQualifier());
        field(out, 4, "place", e.place());
        list(out, "actors", e.actors());
        field(out, 4, "target", e.target());
        field(out, 4, "key", e.key());
    }

    private static void evidence(StringBuilder out, List<Evidence> evidence) {
        out.append("    evidence:\n");
        for (Evidence e : evidence) {
            out.append("      - {sentence: ").append(e.sentence()).append(", span: [").append(e.begin()).append(", ")
                    .append(e.end()).append(']');
            if (e.sha() != null) {
                out.append(", sha: \"").append(e.sha()).append('"');
            }
            if (!e.supports().isEmpty()) {
                out.append(", for: [").append(String.join(", ", e.supports())).append(']');
            }
            out.append("}\n");
        }
    }

    private static void type(StringBuilder out, String type) {
        field(out, 4, "type", type);
    }

    private static void date(StringBuilder out, String key, PartialDate date) {
        field(out, 4, key, date == null ? null : quote(date.toString()));
    }

    private static void list(StringBuilder out, String key, List<String> items) {
        if (!items.isEmpty()) {
            field(out, 4, key, items.stream().collect(Collectors.joining(", ", "[", "]")));
        }
    }

    private static void field(StringBuilder out, int indent, String key, String value) {
        if (value != null) {
            out.append(" ".repeat(indent)).append(key).append(": ").append(value).append('\n');
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
