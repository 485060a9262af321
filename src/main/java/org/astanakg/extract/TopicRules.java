package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.List;
import java.util.Map;
import org.astanakg.fact.Topic;
import org.astanakg.fact.TopicFact;

/**
 * Items on the reported round's agenda: a topic phrase in a sentence saying what the talks are about
 * ("aimed at", "will discuss", "focus on", "agenda", "issues including").
 */
final class TopicRules {
    private static final Rx AGENDA = Rx.compile("(?i)\\b(aim(?:ed|s|ing)?\\s(?:at|to)|discuss\\w{0,4}|focus\\w{0,4}|"
            + "agenda|issues|will\\salso|to\\saddress|on\\sthe\\stable|finalis\\w{0,4}|finaliz\\w{0,4}|under\\sdiscussion|"
            + "expected\\sto|seeking|talks\\son|negotiat\\w{0,6}\\son|consider\\w{0,3}|review\\w{0,3}|in\\saddition\\sto)\\b");
    private static final Map<Topic, Rx> TOPICS = Map.ofEntries(
            Map.entry(Topic.CEASEFIRE, p("\\b(lasting|nationwide|durable|permanent)\\s(ceasefire|truce)|ceasefire\\sagreement|cessation\\sof\\shostilities")),
            Map.entry(Topic.POLITICAL_SETTLEMENT, p("\\bpolitical\\s(settlement|solution|process|transition)")),
            Map.entry(Topic.DEESCALATION_ZONES, p("\\b(de-?escalation|safe)[\\s\"“”‘’]{1,3}(zones?|areas?)")),
            Map.entry(Topic.ZONE_BOUNDARIES, p("\\b(boundaries|borders|maps?)\\sof\\sthe\\s(?:\\w{1,15}\\s)?zones|zone\\s(boundaries|borders|maps)")),
            Map.entry(Topic.ZONE_POLICING, p("\\bpolic(e|ing)\\s(them|the\\szones?)|who\\swill\\spolice|monitor(ing)?\\sthe\\szones?|"
                    + "ensure\\ssecurity\\sin")),
            Map.entry(Topic.PRISONER_RELEASE, p("\\b(prisoners?|hostages?|detainees?|abductees?)\\b")),
            Map.entry(Topic.HUMANITARIAN_AID, p("\\b(humanitarian\\s(aid|access|issues|assistance|situation)|aid\\sdelivery|aid\\sto|"
                    + "food\\sand\\said)")),
            Map.entry(Topic.TRANSFER_OF_BODIES, p("\\b(dead\\sbodies|bodies|remains)\\b")),
            Map.entry(Topic.MISSING_PERSONS, p("\\bmissing\\s(persons|people)")),
            Map.entry(Topic.BUFFER_ZONES, p("\\bbuffer\\szones\\b")),
            Map.entry(Topic.IDLIB_TRUCE, p("\\bIdlib\\b.{0,60}\\b(truce|ceasefire|conflict|situation|de-?escalation|memorandum)|"
                    + "\\b(truce|ceasefire|conflict|situation|de-?escalation|memorandum)\\b.{0,60}\\bIdlib\\b")),
            Map.entry(Topic.REFUGEE_RETURN, p("\\breturn\\sof\\s(?:the\\s)?(refugees|displaced)|refugees?\\sreturn")),
            Map.entry(Topic.RECONSTRUCTION, p("\\breconstruction\\b")),
            Map.entry(Topic.CONSTITUTIONAL_COMMITTEE, p("\\bconstitutional\\scommittee\\b")));

    private static final String[] AGENDA_KEYS = {"aim", "discuss", "focus", "agenda", "issues", "will also", "address",
        "on the table", "finalis", "finaliz", "expected to", "seeking", "talks on", "negotiat", "consider", "review",
        "in addition to"};

    private static final Map<Topic, String[]> KEYS = Map.ofEntries(
            Map.entry(Topic.CEASEFIRE, new String[] {"ceasefire", "truce", "hostilities"}),
            Map.entry(Topic.POLITICAL_SETTLEMENT, new String[] {"political"}),
            Map.entry(Topic.DEESCALATION_ZONES, new String[] {"zone", "area"}),
            Map.entry(Topic.ZONE_BOUNDARIES, new String[] {"boundaries", "borders", "map"}),
            Map.entry(Topic.ZONE_POLICING, new String[] {"polic", "monitor", "security"}),
            Map.entry(Topic.PRISONER_RELEASE, new String[] {"prisoner", "hostage", "detainee", "abductee"}),
            Map.entry(Topic.HUMANITARIAN_AID, new String[] {"humanitarian", "aid"}),
            Map.entry(Topic.TRANSFER_OF_BODIES, new String[] {"bodies", "remains"}),
            Map.entry(Topic.MISSING_PERSONS, new String[] {"missing"}),
            Map.entry(Topic.BUFFER_ZONES, new String[] {"buffer"}),
            Map.entry(Topic.IDLIB_TRUCE, new String[] {"idlib"}),
            Map.entry(Topic.REFUGEE_RETURN, new String[] {"refugee", "return"}),
            Map.entry(Topic.RECONSTRUCTION, new String[] {"reconstruction"}),
            Map.entry(Topic.CONSTITUTIONAL_COMMITTEE, new String[] {"constitutional"}));

    private final Context ctx;
    private final String round;

    TopicRules(Context ctx, String round) {
        this.ctx = ctx;
        this.round = round;
    }

    private static Rx p(String regex) {
        return Rx.compile("(?i)" + regex);
    }

    void run(FactSink sink) {
        if (round == null) {
            return;
        }
        for (Context.Line line : ctx.lines()) {
            String t = line.text();
            if (!line.has(AGENDA_KEYS) || !AGENDA.matcher(t).find() || line.otherTalksOnly()) {
                continue;
            }
            for (Topic topic : Topic.values()) {
                if (!line.has(KEYS.get(topic))) {
                    continue;
                }
                Rx.M m = TOPICS.get(topic).matcher(t);
                if (m.find()) {
                    sink.add(new TopicFact(sink.newId("t"), round, topic, List.of(ctx.evidence(line, m.start(), m.end()))));
                }
            }
        }
    }
}
