package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astanakg.fact.EventFact;
import org.astanakg.fact.Evidence;
import org.astanakg.fact.StatementFact;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * Someone said something: the speaker nearest a verb of saying ("Zhainakov told AFP", "..., Khan said",
 * "the ministry said", "Russia has argued"), not across a dash or bracket. The statement is about the
 * event named in the same sentence, else the reported round when the sentence is about the talks.
 * One statement per speaker and event; only the speaker and the evidence are kept, never the words.
 */
final class StatementRules {
    private static final Rx SAY = Rx.compile("\\b(said|says|say|told|announced|stated|added|confirmed|urged|"
            + "argued|warned|insisted|noted|stressed|voiced\\sconcern|declared|denied|blamed|reported)\\b");
    private static final Rx MINISTRY = Rx.compile("(?i)\\bthe\\s(?:foreign\\s)?ministry\\b");
    private static final Rx BARRIER = Rx.compile("[–—()\\[\\]\"“”]");
    private static final int REACH = 40;
    /** "Alexander Lavrentiev, the Russian President's special envoy for Syria, told": a person, a title, the verb. */
    private static final Rx APPOSITION = Rx.compile("^,\\s[^,;:()\"“”]{3,90},\\s(?:[a-z]{2,12}\\s)?$");
    private static final int APPOSITION_REACH = 100;
    /** "said Khan": a speaker after the verb must follow it at once. */
    private static final int AFTER_REACH = 2;
    private static final String[] SAY_KEYS = {"said", "say", "told", "announced", "stated", "added", "confirmed", "urged",
        "argued", "warned", "insisted", "noted", "stressed", "voiced", "declared", "denied", "blamed", "reported"};

    private record Speaker(String id, int from, int to) {
    }

    private static final Rx BACK_REFERENCE = Rx.compile("(?i)\\bthe\\s(attack|incident|raids?|strikes?|shelling|deal|"
            + "agreement)\\b");

    private final Context ctx;
    private final String round;

    StatementRules(Context ctx, String round) {
        this.ctx = ctx;
        this.round = round;
    }

    void run(FactSink sink) {
        Map<Integer, String> eventBySentence = new java.util.HashMap<>();
        java.util.TreeMap<Integer, EventFact> events = new java.util.TreeMap<>();
        for (EventFact f : sink.facts(EventFact.class)) {
            eventBySentence.putIfAbsent(f.evidence().get(0).sentence(), f.id());
            events.putIfAbsent(f.evidence().get(0).sentence(), f);
        }
        Map<String, Map<String, Evidence>> bySpeaker = new LinkedHashMap<>();
        String lastMinistry = null;
        for (Context.Line line : ctx.lines()) {
            for (Mention m : line.mentions()) {
                if (m.entity().contains("ministry")) {
                    lastMinistry = m.entity();
                }
            }
            if (!line.has(SAY_KEYS)) {
                continue;
            }
            Rx.M s = SAY.matcher(line.text());
            while (s.find()) {
                Speaker who = speaker(line, s.start(), s.end(), lastMinistry);
                if (who != null) {
                    String event = event(line, eventBySentence, events);
                    bySpeaker.computeIfAbsent(who.id(), k -> new LinkedHashMap<>()).putIfAbsent(event == null ? "" : event,
                            ctx.evidence(line, Math.min(who.from(), s.start()), Math.max(who.to(), s.end())));
                }
            }
        }
        for (Map.Entry<String, Map<String, Evidence>> e : bySpeaker.entrySet()) {
            boolean hasEvent = e.getValue().keySet().stream().anyMatch(k -> !k.isEmpty());
            for (Map.Entry<String, Evidence> x : e.getValue().entrySet()) {
                if (!(hasEvent && x.getKey().isEmpty())) {
                    sink.add(new StatementFact(sink.newId("s"), e.getKey(), x.getKey().isEmpty() ? null : x.getKey(),
                            List.of(x.getValue())));
                }
            }
        }
    }

    private String event(Context.Line line, Map<Integer, String> eventBySentence,
            java.util.TreeMap<Integer, EventFact> recent) {
        String id = eventBySentence.get(line.sentence().index());
        if (id != null) {
            return id;
        }
        Rx.M back = BACK_REFERENCE.matcher(line.text());
        if (line.has("the attack", "the incident", "the raid", "the strike", "the shelling", "the deal", "the agreement")
                && back.find()) {
            java.util.Map.Entry<Integer, EventFact> e = recent.lowerEntry(line.sentence().index());
            if (e != null && line.sentence().index() - e.getKey() <= 3 && fits(back.group(1), e.getValue())) {
                return e.getValue().id();
            }
        }
        String t = line.text();
        boolean talks = (line.talks() || line.astana()) && !line.otherTalksOnly();
        return talks ? round : null;
    }

    private Speaker speaker(Context.Line line, int verbStart, int verbEnd, String lastMinistry) {
        Speaker best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Speaker> candidates = new ArrayList<>();
        for (Mention m : line.mentions()) {
            String a = ctx.actor(m);
            EntityType type = ctx.type(a);
            if (a != null && type != EntityType.MEDIA_OUTLET && type != EntityType.ARMED_GROUP && !"syria".equals(a)) {
                candidates.add(new Speaker(a, line.rel(m), line.relEnd(m)));
            }
        }
        Rx.M min = MINISTRY.matcher(line.text());
        if (lastMinistry != null && min.find()) {
            candidates.add(new Speaker(lastMinistry, min.start(), min.end()));
        }
        for (Speaker c : candidates) {
            boolean before = c.to() <= verbStart;
            int distance = before ? verbStart - c.to() : c.from() - verbEnd;
            if (before && distance > REACH && distance <= APPOSITION_REACH && ctx.type(c.id()) == EntityType.PERSON
                    && APPOSITION.matcher(line.text().substring(c.to(), verbStart)).find()) {
                distance = REACH;
            }
            if (distance < 0 || distance > (before ? REACH : AFTER_REACH)) {
                continue;
            }
            String between = before ? line.text().substring(c.to(), verbStart) : line.text().substring(verbEnd, c.from());
            if (!BARRIER.matcher(between).find() && distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best == null ? null : head(line.text(), best, candidates);
    }

    /** Whether "the attack", "the raids", "the deal" can refer to this event. */
    private static boolean fits(String noun, EventFact e) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        return switch (e.kind()) {
            case CHEMICAL_ATTACK, ATTACK, SHELLING -> n.equals("attack") || n.equals("incident") || n.equals("shelling");
            case AIRSTRIKE -> n.startsWith("raid") || n.startsWith("strike") || n.equals("attack") || n.equals("incident");
            case AGREEMENT, CEASEFIRE, TRUCE -> n.equals("deal") || n.equals("agreement");
            default -> false;
        };
    }

    /** "The Syrian government of Bashar al-Assad said": the speaker is the head, not the name after "of". */
    private Speaker head(String t, Speaker best, List<Speaker> candidates) {
        for (Speaker c : candidates) {
            if (c.to() < best.from() && t.substring(c.to(), best.from()).equals(" of ")) {
                return c;
            }
        }
        boolean ofPerson = best.from() >= 4 && t.startsWith(" of ", best.from() - 4) && ctx.type(best.id()) == EntityType.PERSON;
        String affiliation = ofPerson ? ctx.entity(best.id()).map(e -> e.affiliation()).orElse(null) : null;
        return affiliation == null ? best : new Speaker(affiliation, best.from(), best.to());
    }
}
