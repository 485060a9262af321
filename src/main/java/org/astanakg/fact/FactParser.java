package org.astanakg.fact;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.astanakg.io.YamlMap;
import org.astanakg.io.YamlNode;
import org.astanakg.registry.EntityType;

/** Turns one YAML fact mapping into its record, checking every field as it goes. */
final class FactParser {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{8}");
    private static final Set<String> VALUE_TEXTS = Set.of("half", "millions", "thousands", "hundreds",
            "dozens", "more-than-half");
    private static final Set<String> DATE_QUALIFIERS = Set.of("about", "before", "after");
    private static final Set<String> DURATION_QUALIFIERS = Set.of("at-least", "about", "up-to");

    private final List<Sentence> sentences;
    private final References refs;

    FactParser(List<Sentence> sentences, References refs) {
        this.sentences = sentences;
        this.refs = refs;
    }

    /** Parses a fact; {@code defaultId} is used when the fact has no {@code id}. */
    Fact parse(YamlMap m, String defaultId) {
        String type = m.text("type");
        String id = m.optional("id").map(FactParser::id).orElse(defaultId);
        return switch (type) {
            case "round" -> round(m.allowOnly(fields("ordinal", "start", "end", "place", "status", "follows",
                    "precedes")), id);
            case "participation" -> participation(m.allowOnly(fields("event", "actor", "role", "attended")), id);
            case "zone" -> zone(m.allowOnly(fields("zone", "count", "areas", "guarantors", "agreedAt", "agreed",
                    "agreedBy", "duration", "durationQualifier", "extendable", "terms", "deadline",
                    "deadlineMissed", "partOf")), id);
            case "alignment" -> alignment(m.allowOnly(fields("actor", "relation", "target")), id);
            case "claim" -> claim(m.allowOnly(fields("measure", "value", "valueText", "qualifier", "asOf",
                    "statedBy", "about", "place")), id);
            case "event" -> event(m.allowOnly(fields("kind", "label", "date", "start", "end", "dateQualifier",
                    "place", "actors", "target", "key")), id);
            case "person" -> person(m.allowOnly(fields("person", "position", "affiliation", "event")), id);
            case "topic" -> new TopicFact(id, refs.event(m.required("event")),
                    slug(m.required("topic"), Topic.class), evidence(m.allowOnly(fields("event", "topic"))));
            case "statement" -> new StatementFact(id, refs.actor(m.required("speaker")),
                    m.optional("event").map(refs::event).orElse(null),
                    evidence(m.allowOnly(fields("speaker", "event"))));
            default -> throw m.required("type").error("unknown fact type '" + type + "'; expected one of "
                    + "[round, participation, zone, alignment, claim, event, person, topic, statement]");
        };
    }

    private static Set<String> fields(String... specific) {
        Set<String> all = new java.util.HashSet<>(Set.of(specific));
        all.addAll(Set.of("type", "id", "evidence"));
        return all;
    }

    private RoundFact round(YamlMap m, String id) {
        Integer ordinal = m.optional("ordinal").map(n -> positive(n, 100)).orElse(null);
        PartialDate start = m.optional("start").map(FactParser::date).orElse(null);
        PartialDate end = m.optional("end").map(FactParser::date).orElse(null);
        if (start != null && end != null && end.last().isBefore(start.first())) {
            throw m.required("end").error("the end " + end + " is before the start " + start);
        }
        RoundStatus status = m.optional("status").map(n -> slug(n, RoundStatus.class)).orElse(RoundStatus.REPORTED);
        return new RoundFact(id, ordinal, start, end, m.optional("place").map(refs::place).orElse(null), status,
                m.optional("follows").map(this::roundRef).orElse(null),
                m.optional("precedes").map(this::roundRef).orElse(null), evidence(m));
    }

    private String roundRef(YamlNode n) {
        return refs.fact(n, "a round fact", f -> f instanceof RoundFact);
    }

    private ParticipationFact participation(YamlMap m, String id) {
        boolean attended = m.optional("attended").map(YamlNode::asBoolean).orElse(true);
        return new ParticipationFact(id, refs.event(m.required("event")), refs.actor(m.required("actor")),
                slug(m.required("role"), Role.class), attended, evidence(m));
    }

    private ZoneFact zone(YamlMap m, String id) {
        String zone = refs.entity(m.required("zone"), "a DeescalationZone", t -> t == EntityType.DEESCALATION_ZONE);
        String duration = m.optional("duration").map(FactParser::duration).orElse(null);
        String durationQualifier = m.optional("durationQualifier").map(n -> oneOf(n, DURATION_QUALIFIERS)).orElse(null);
        return new ZoneFact(id, zone, m.optional("count").map(n -> positive(n, 1000)).orElse(null),
                m.list("areas", refs::place), m.list("guarantors", refs::actor),
                m.optional("agreedAt").map(refs::event).orElse(null),
                m.optional("agreed").map(FactParser::date).orElse(null), m.list("agreedBy", refs::actor),
                duration, durationQualifier, m.optional("extendable").map(YamlNode::asBoolean).orElse(null),
                m.list("terms", n -> slug(n, ZoneTerm.class)),
                m.optional("deadline").map(FactParser::date).orElse(null),
                m.optional("deadlineMissed").map(YamlNode::asBoolean).orElse(null),
                m.optional("partOf").map(n -> refs.entity(n, "a DeescalationZone",
                        t -> t == EntityType.DEESCALATION_ZONE)).orElse(null),
                evidence(m));
    }

    private AlignmentFact alignment(YamlMap m, String id) {
        return new AlignmentFact(id, refs.actor(m.required("actor")), slug(m.required("relation"), Stance.class),
                refs.actor(m.required("target")), evidence(m));
    }

    private ClaimFact claim(YamlMap m, String id) {
        BigDecimal value = m.optional("value").map(FactParser::number).orElse(null);
        String valueText = m.optional("valueText").map(n -> oneOf(n, VALUE_TEXTS)).orElse(null);
        if ((value == null) == (valueText == null)) {
            throw m.node().error("a claim needs exactly one of 'value' (a number) or 'valueText'");
        }
        return new ClaimFact(id, slug(m.required("measure"), Measure.class), value, valueText,
                m.optional("qualifier").map(n -> slug(n, Qualifier.class)).orElse(null),
                date(m.required("asOf")), refs.actor(m.required("statedBy")),
                m.optional("about").map(refs::entityOrFact).orElse(null),
                m.optional("place").map(refs::place).orElse(null), evidence(m));
    }

    private EventFact event(YamlMap m, String id) {
        PartialDate start = m.optional("start").map(FactParser::date).orElse(null);
        PartialDate end = m.optional("end").map(FactParser::date).orElse(null);
        if (start != null && end != null && end.last().isBefore(start.first())) {
            throw m.required("end").error("the end " + end + " is before the start " + start);
        }
        String label = m.text("label");
        if (label.isEmpty() || label.length() > 120) {
            throw m.required("label").error("expected a short name (1 to 120 characters)");
        }
        return new EventFact(id, slug(m.required("kind"), EventKind.class), label,
                m.optional("date").map(FactParser::date).orElse(null), start, end,
                m.optional("dateQualifier").map(n -> oneOf(n, DATE_QUALIFIERS)).orElse(null),
                m.optional("place").map(refs::place).orElse(null), m.list("actors", refs::actor),
                m.optional("target").map(refs::any).orElse(null), m.optional("key").map(FactParser::id).orElse(null),
                evidence(m));
    }

    private PersonFact person(YamlMap m, String id) {
        String person = refs.entity(m.required("person"), "a Person", t -> t == EntityType.PERSON);
        String position = m.text("position");
        if (position.isEmpty() || position.length() > 120) {
            throw m.required("position").error("expected a short title (1 to 120 characters)");
        }
        return new PersonFact(id, person, position, m.optional("affiliation").map(refs::actor).orElse(null),
                m.optional("event").map(refs::event).orElse(null), evidence(m));
    }

    private List<Evidence> evidence(YamlMap m) {
        List<Evidence> list = m.list("evidence", n -> evidenceItem(n, m));
        if (list.isEmpty()) {
            throw m.node().error("every fact needs 'evidence': at least one sentence and span");
        }
        return list;
    }

    private Evidence evidenceItem(YamlNode node, YamlMap fact) {
        YamlMap m = node.asMap().allowOnly(Set.of("sentence", "span", "sha", "for"));
        YamlNode sentenceNode = m.required("sentence");
        int number = sentenceNode.asOffset();
        if (number < 1 || number > sentences.size()) {
            throw sentenceNode.error("sentence " + number + " does not exist; the sentence table has "
                    + sentences.size());
        }
        YamlNode spanNode = m.required("span");
        List<YamlNode> span = spanNode.asList();
        if (span.size() != 2) {
            throw spanNode.error("expected [begin, end]");
        }
        int begin = span.get(0).asOffset();
        int end = span.get(1).asOffset();
        Sentence sentence = sentences.get(number - 1);
        if (!sentence.contains(begin, end)) {
            throw spanNode.error("the span [" + begin + ", " + end + ") lies outside sentence " + number
                    + " [" + sentence.begin() + ", " + sentence.end() + ")");
        }
        String sha = m.optionalText("sha").orElse(null);
        if (sha != null && !SHA.matcher(sha).matches()) {
            throw m.required("sha").error("expected 8 lowercase hex digits, found '" + sha + "'");
        }
        return new Evidence(number, begin, end, sha, m.list("for", n -> supportedField(n, fact)));
    }

    private static String supportedField(YamlNode n, YamlMap fact) {
        String field = n.asText().trim();
        if (!fact.has(field) || field.equals("evidence") || field.equals("type") || field.equals("id")) {
            throw n.error("'" + field + "' is not a field this fact gives");
        }
        return field;
    }

    static String id(YamlNode n) {
        String id = n.asText().trim();
        if (!ID.matcher(id).matches()) {
            throw n.error("expected a lowercase slug like 'round-7', found '" + id + "'");
        }
        return id;
    }

    static PartialDate date(YamlNode n) {
        return PartialDate.parse(n.asText()).orElseThrow(() -> n.error(
                "expected a real date as YYYY-MM-DD, YYYY-MM or YYYY, found '" + n.asText() + "'"));
    }

    private static int positive(YamlNode n, int max) {
        long v = n.asLong();
        if (v < 1 || v > max) {
            throw n.error("expected a whole number from 1 to " + max + ", found " + v);
        }
        return (int) v;
    }

    private static BigDecimal number(YamlNode n) {
        try {
            BigDecimal v = new BigDecimal(n.asText().trim().replace("_", ""));
            if (v.signum() < 0) {
                throw n.error("expected a number of zero or more, found " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw n.error("expected a number, found '" + n.asText() + "'");
        }
    }

    private static String duration(YamlNode n) {
        String text = n.asText().trim();
        try {
            java.time.Period.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            throw n.error("expected an ISO 8601 duration such as P6M, found '" + text + "'");
        }
    }

    private static String oneOf(YamlNode n, Set<String> allowed) {
        String text = n.asText().trim();
        if (!allowed.contains(text)) {
            throw n.error("expected one of " + allowed.stream().sorted().toList() + ", found '" + text + "'");
        }
        return text;
    }

    static <E extends Enum<E> & Slugged> E slug(YamlNode n, Class<E> type) {
        String text = n.asText().trim();
        return Slugged.find(type, text).orElseThrow(() -> n.error("expected one of " + Slugged.all(type)
                + ", found '" + text + "'"));
    }
}
