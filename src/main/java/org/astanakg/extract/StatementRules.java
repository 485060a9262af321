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
            + "argued|warned|insisted|noted|stressed|voiced\\sconcern|declared|denied|blamed|reported|reports)\\b");
    /** "announced a halt to fighting", "declared a ceasefire": the speaker's act is the event, not a statement. */
    private static final Rx ANNOUNCED_EVENT = Rx.compile("^\\s(?:\\w{1,14}\\s)?(?:a|an|the)\\s(?:[\\w-]{1,14}\\s){0,2}?"
            + "(?:halt|ceasefire|cease-fire|truce|cessation|pause)\\b");
    /** "the Russian delegation said", "the Turkish side": a guarantor's delegation speaking. */
    private static final Rx DELEGATION_SPEAKER = Rx.compile("\\b(Iranian|Russian|Turkish)\\s(?:delegation|side)\\b");
    private static final Rx MINISTRY = Rx.compile("(?i)\\bthe\\s(?:foreign\\s)?ministry\\b");
    private static final Rx BARRIER = Rx.compile("[–—()\\[\\]\"“”]");
    private static final int REACH = 40;
    /** "..., the source added", "..., officials said": an unnamed subject of its own just before the verb. */
    private static final Rx UNNAMED_SUBJECT = Rx.compile("(?i),\\s(?:the\\s|a\\s|an\\s|one\\s|another\\s)?(?:[\\w-]{1,14}\\s)?"
            + "(?:source|sources|official|officials|diplomat|diplomats|insider|insiders)\\s$");
    /** "Alexander Lavrentiev, the Russian President's special envoy for Syria, told": a person, a title, the verb. */
    private static final Rx APPOSITION = Rx.compile("^,\\s[^,;:()\"“”]{3,90},\\s(?:[a-z]{2,12}\\s)?$");
    private static final int APPOSITION_REACH = 100;
    /** "said Khan": a speaker after the verb must follow it at once. */
    private static final int AFTER_REACH = 2;
    private static final String[] SAY_KEYS = {"said", "say", "told", "announced", "stated", "added", "confirmed", "urged",
        "argued", "warned", "insisted", "noted", "stressed", "voiced", "declared", "denied", "blamed", "reported", "reports"};

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
        List<Named> people = newPeople(sink);
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
            List<Speaker> found = null;
            while (s.find()) {
                if (quoted(line.text(), s.start()) || eventItself(line.text(), s)) {
                    continue;
                }
                if (found == null) {
                    found = candidates(line, lastMinistry, people);
                }
                Speaker who = speaker(line, s.start(), s.end(), found, s.group(1).equals("reports"));
                String event = who == null ? null : event(line, eventBySentence, events);
                if (who != null && !(event == null && onlyAFigure(line, who, sink))) {
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

    /** A person the article introduces (not in the registry): their full name and surname. */
    private record Named(String id, String name, String surname) {
    }

    private static List<Named> newPeople(FactSink sink) {
        List<Named> out = new ArrayList<>();
        for (org.astanakg.registry.Entity e : sink.entities()) {
            if (e.type() == EntityType.PERSON) {
                String name = e.label();
                out.add(new Named(e.id(), name, name.substring(name.lastIndexOf(' ') + 1)));
            }
        }
        return out;
    }

    /** Who may speak in a sentence: the actors it names, "the ministry", guarantors' delegations, new people. */
    private List<Speaker> candidates(Context.Line line, String lastMinistry, List<Named> people) {
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
        Rx.M d = DELEGATION_SPEAKER.matcher(line.text());
        while (line.has("delegation", "side") && d.find()) {
            String a = Cues.GUARANTOR_DEMONYMS.get(d.group(1));
            if (ctx.entity(a).isPresent()) {
                candidates.add(new Speaker(a, d.start(), d.end()));
            }
        }
        for (Named p : people) {
            addName(line.text(), p, candidates);
        }
        return candidates;
    }

    /** Each place the new person is named (full name, else surname alone) as a whole word. */
    private static void addName(String t, Named p, List<Speaker> out) {
        int at = 0;
        while ((at = t.indexOf(p.surname(), at)) >= 0) {
            int end = at + p.surname().length();
            int from = at;
            int full = at - (p.name().length() - p.surname().length());
            if (full >= 0 && t.startsWith(p.name(), full)) {
                from = full;
            }
            boolean word = (from == 0 || !Character.isLetter(t.charAt(from - 1)))
                    && (end == t.length() || !Character.isLetter(t.charAt(end)));
            if (word) {
                out.add(new Speaker(p.id(), from, end));
            }
            at = end;
        }
    }

    /** A verb inside quoted words ("“The Russians have said ...”") is the quoted speaker's, not a statement here. */
    private static boolean quoted(String t, int at) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    /** "the Syrian army announced a halt to fighting": the announcement is the event itself. */
    private static boolean eventItself(String t, Rx.M verb) {
        String v = verb.group(1);
        if (!v.equals("announced") && !v.equals("declared")) {
            return false;
        }
        return ANNOUNCED_EVENT.matcher(t.substring(verb.end(), Math.min(t.length(), verb.end() + 50))).find();
    }

    /**
     * "UNICEF says over a thousand children ...": a figure attributed to its source, said of no event, is
     * that source's claim, not a statement as well.
     */
    private boolean onlyAFigure(Context.Line line, Speaker who, FactSink sink) {
        int index = line.sentence().index();
        for (org.astanakg.fact.ClaimFact c : sink.facts(org.astanakg.fact.ClaimFact.class)) {
            if (who.id().equals(c.statedBy()) && c.evidence().get(0).sentence() == index) {
                return true;
            }
        }
        return false;
    }

    private Speaker speaker(Context.Line line, int verbStart, int verbEnd, List<Speaker> candidates, boolean reports) {
        Speaker best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestBefore = false;
        for (Speaker c : candidates) {
            boolean before = c.to() <= verbStart;
            int distance = before ? verbStart - c.to() : c.from() - verbEnd;
            if (reports && !(before && distance <= 1)) {
                continue;
            }
            if (before && distance > REACH && distance <= APPOSITION_REACH && ctx.type(c.id()) == EntityType.PERSON
                    && APPOSITION.matcher(line.text().substring(c.to(), verbStart)).find()) {
                distance = REACH;
            }
            if (distance < 0 || distance > (before ? REACH : AFTER_REACH)) {
                continue;
            }
            String between = before ? line.text().substring(c.to(), verbStart) : line.text().substring(verbEnd, c.from());
            if (!BARRIER.matcher(between).find() && !(before && unnamedSubject(between)) && (distance < bestDistance || distance == bestDistance && before
                    && !bestBefore)) {
                best = c;
                bestDistance = distance;
                bestBefore = before;
            }
        }
        return best == null ? null : head(line.text(), best, candidates);
    }

    /** "..., the source added": the words just before the verb are a subject other than the candidate. */
    private static boolean unnamedSubject(String between) {
        int comma = between.lastIndexOf(',');
        return comma >= 0 && UNNAMED_SUBJECT.matcher(between.substring(comma)).lookingAt();
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
