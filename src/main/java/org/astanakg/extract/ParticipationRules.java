package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.astanakg.fact.ParticipationFact;
import org.astanakg.fact.Role;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * Roles at the reported round. Guarantors: states named with "brokered by", "power-brokers",
 * "guarantors", "sponsors", "organised by", "-led push", their own delegations, or Russia, Turkey and
 * Iran named together. Parties: the government and the opposition named with delegations,
 * representatives or the talks. Observers: "as an observer". Attendees: anyone else said to attend
 * or be represented (the UN and its envoy). A stated absence ("would not attend") gives
 * {@code attended: false}, and no other sentence then makes that actor attend.
 */
final class ParticipationRules {
    private static final Rx GUARANTOR = Rx.compile("(?i)\\b(brokered|brokers?|power-?brokers?|powerbrokers?|"
            + "guarantors?|guarantor\\sstates|guarantor\\scountries|sponsors?|sponsored|co-sponsors?|organi[sz]ed|"
            + "organi[sz]ers?|stakeholders|-led\\spush|led\\sby|spearhead(?:ed|s)?|pushing|convened\\sby|backed\\sby)\\b");
    private static final Rx PARTY = Rx.compile("(?i)\\b(delegations?|representatives|negotiators|talks|"
            + "sides|arrived|attend\\w{0,3}|took\\spart|take\\spart|participat\\w{0,5}|between|present|officials|meeting|envoys?)\\b");
    private static final Rx ATTEND = Rx.compile("(?i)\\b(attend\\w{0,3}|represented|take\\spart|took\\spart|"
            + "taking\\spart|participat\\w{0,5}|present|joined|between\\sdelegations|arrived)\\b");
    private static final Rx OBSERVER = Rx.compile("(?i)\\bobservers?\\b");
    private static final Rx ABSENT = Rx.compile("(?i)\\b(would\\snot|will\\snot|won't|wouldn't|did\\snot|"
            + "didn't|does\\snot|do\\snot|refused\\sto|declined\\sto|not\\sto)\\s(?:\\w{1,12}\\s)?(attend|take\\spart|"
            + "participate|join|send)\\b|\\b(boycott\\w{0,3}|stayed\\saway|skip\\w{0,4})\\b"
            + "|\\b(?:is|was|are|were|will|would)\\s(?:not|n't)\\s(?:be\\s)?represented\\b"
            + "|\\b(?:is|are|was|were)(?:\\snot|n't)\\s(?:\\w{1,12}\\s)?(?:taking\\spart|attending|participating)\\b");
    private static final Rx WITHOUT = Rx.compile("(?i)\\bwithout\\s(?:the\\s)?");
    private static final Rx DELEGATION_AFTER = Rx.compile("^(?:'s|’s)?\\s(?:\\w{1,12}\\s)?delegation\\b");
    private static final Set<String> TRIO = Set.of("russia", "turkey", "iran");
    /**
     * A guarantor's own delegation named by its adjective: "the Iranian delegation", "the Russian side",
     * "Iranian, Russian and Turkish delegations" (not "the Turkish side of the border").
     */
    private static final Rx DEMONYM_DELEGATION = Rx.compile("\\b((?:Iranian|Russian|Turkish)(?:,?\\s(?:and\\s)?"
            + "(?:Iranian|Russian|Turkish)){0,2})\\s(?:[a-z]{1,12}\\s)?(?:delegations?|side|team|negotiators)\\b(?!\\sof\\b)");
    private static final Rx DEMONYM = Rx.compile("\\b(Iranian|Russian|Turkish)\\b");
    /** "delegations from Iran, Russia, Turkey and Syria": the state in a list of delegations, up to the mention. */
    private static final Rx DELEGATION_LIST = Rx.compile("^delegations?\\s(?:from|of)\\s(?:the\\s)?[\\w\\s,’'-]{0,70}$");
    /** "Syria's warring sides": the government and the opposition. */
    private static final Rx WARRING = Rx.compile("(?i)\\bwarring\\s(?:sides|parties|factions)\\b");

    private final Context ctx;
    private final String round;

    ParticipationRules(Context ctx, String round) {
        this.ctx = ctx;
        this.round = round;
    }

    void run(FactSink sink) {
        if (round == null) {
            return;
        }
        List<Context.Line> all = ctx.lines();
        boolean[] about = new boolean[all.size()];
        Set<String> absent = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Context.Line line = all.get(i);
            about[i] = line.astanaTalks() || attendance(line) && !line.otherTalksOnly() || RoundRules.announced(ctx, line);
            if (about[i]) {
                absent.addAll(absent(line, sink));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Context.Line line = all.get(i);
            if (about[i]) {
                guarantors(line, sink, absent);
                parties(line, sink, absent);
                attendees(line, sink, absent);
            } else if (!line.otherTalksOnly() && states(line).containsAll(TRIO)) {
                guarantors(line, sink, absent);
            }
        }
    }

    /**
     * A sentence saying who attends, without naming the talks: "Representatives of Jordan and the UN are
     * taking part", "the UN envoy is also attending". In an article reporting a round, that round.
     */
    private static boolean attendance(Context.Line line) {
        return line.has("observer") || line.has("attend", "represent", "part", "present", "join", "arrived")
                && attends(line.text());
    }

    /** Who stays away in one sentence stays away from the round: no other sentence makes them attend. */
    private Set<String> absent(Context.Line line, FactSink sink) {
        Set<String> out = new LinkedHashSet<>();
        without(line, sink, out);
        Rx.M m = ABSENT.matcher(line.text());
        if (!line.has("not", "n't", "refused", "declined", "boycott", "stayed away", "skip") || !m.find()) {
            return out;
        }
        boolean passive = line.text().startsWith(" by ", m.end());
        Mention who = null;
        for (Mention x : line.mentions()) {
            String a = ctx.actor(x);
            if (a == null || ctx.type(a) == EntityType.ARMED_GROUP || ctx.type(a) == EntityType.MEDIA_OUTLET
                    || "syria".equals(a)) {
                continue;
            }
            if (passive ? line.rel(x) >= m.end() && who == null : line.rel(x) < m.start()) {
                who = x;
            }
        }
        if (who != null) {
            String actor = affiliationOf(ctx.actor(who));
            Role role = OBSERVER.matcher(line.text()).find() && !isParty(actor) ? Role.OBSERVER : usualRole(actor);
            sink.add(new ParticipationFact(sink.newId("p"), round, actor, role, false,
                    List.of(ctx.evidence(line, Math.min(line.rel(who), m.start()), Math.max(line.relEnd(who), m.end())))));
            out.add(actor);
        }
        return out;
    }

    /** "talks open without rebels": the actor named just after "without" stayed away. */
    private void without(Context.Line line, FactSink sink, Set<String> out) {
        if (!line.has("without")) {
            return;
        }
        Rx.M w = WITHOUT.matcher(line.text());
        while (w.find()) {
            for (Mention x : line.mentionsIn(w.end(), Math.min(line.text().length(), w.end() + 25))) {
                String actor = affiliationOf(ctx.actor(x));
                if (actor != null && line.rel(x) - w.end() <= 12 && ctx.type(actor) != EntityType.ARMED_GROUP) {
                    Role role = usualRole(actor);
                    sink.add(new ParticipationFact(sink.newId("p"), round, actor, role, false,
                            List.of(ctx.evidence(line, w.start(), line.relEnd(x)))));
                    out.add(actor);
                }
                break;
            }
        }
    }

    private void guarantors(Context.Line line, FactSink sink, Set<String> absent) {
        demonymDelegations(line, sink, absent);
        Set<String> states = states(line);
        if (java.util.Collections.disjoint(states, TRIO)) {
            return;
        }
        boolean trio = states.containsAll(TRIO);
        boolean cue = trio || GUARANTOR.matcher(line.text()).find();
        if (!cue && !line.has("delegation")) {
            return;
        }
        for (Mention m : line.mentions()) {
            String actor = ctx.actor(m);
            if (actor != null && TRIO.contains(actor) && !absent.contains(actor) && (cue || delegation(line, m))) {
                sink.add(new ParticipationFact(sink.newId("p"), round, actor, Role.GUARANTOR, true,
                        List.of(ctx.evidence(line, m))));
            }
        }
    }

    /** "the Iranian delegation", "Russian and Turkish delegations": each guarantor named by its adjective. */
    private void demonymDelegations(Context.Line line, FactSink sink, Set<String> absent) {
        if (!line.has("iranian", "russian", "turkish") || !line.has("delegation", "side", "team", "negotiators")) {
            return;
        }
        Rx.M m = DEMONYM_DELEGATION.matcher(line.text());
        while (m.find()) {
            Rx.M d = DEMONYM.matcher(line.text().substring(m.start(1), m.end(1)));
            while (d.find()) {
                String actor = Cues.GUARANTOR_DEMONYMS.get(d.group(1));
                if (!absent.contains(actor) && ctx.entity(actor).isPresent()) {
                    sink.add(new ParticipationFact(sink.newId("p"), round, actor, Role.GUARANTOR, true,
                            List.of(ctx.evidence(line, m.start(1) + d.start(), m.end()))));
                }
            }
        }
    }

    /**
     * "the Turkish delegation", "Iran's delegation", "the delegation of the Russian Federation": one of
     * the three guarantors of the Astana talks sending its delegation is there as a guarantor.
     */
    private static boolean delegation(Context.Line line, Mention m) {
        String t = line.lower();
        int at = line.rel(m);
        int end = line.relEnd(m);
        String after = t.substring(end, Math.min(t.length(), end + 14));
        String before = t.substring(Math.max(0, at - 22), at);
        return DELEGATION_AFTER.matcher(after).find() || before.endsWith("delegation of ")
                || before.endsWith("delegation of the ") || before.endsWith("delegations of ");
    }

    private Set<String> states(Context.Line line) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : line.mentions()) {
            String a = ctx.actor(m);
            if (a != null && ctx.type(a) == EntityType.STATE) {
                out.add(a);
            }
        }
        return out;
    }

    private void parties(Context.Line line, FactSink sink, Set<String> absent) {
        warring(line, sink, absent);
        if (line.mentions().isEmpty() || !PARTY.matcher(line.text()).find()) {
            return;
        }
        for (Mention m : line.mentions()) {
            String actor = ctx.actor(m);
            if ("syria".equals(actor) && inDelegationList(line, m)) {
                actor = "syrian-government";
            }
            if (("syrian-government".equals(actor) || "syrian-opposition".equals(actor)) && !absent.contains(actor)) {
                sink.add(new ParticipationFact(sink.newId("p"), round, actor, Role.PARTY, true,
                        List.of(ctx.evidence(line, m))));
            }
        }
    }

    /** "will host Syria's warring sides": both Syrian sides take part. */
    private void warring(Context.Line line, FactSink sink, Set<String> absent) {
        Rx.M w = WARRING.matcher(line.text());
        if (!line.has("warring") || !w.find()) {
            return;
        }
        for (String actor : List.of("syrian-government", "syrian-opposition")) {
            if (!absent.contains(actor) && ctx.entity(actor).isPresent()) {
                sink.add(new ParticipationFact(sink.newId("p"), round, actor, Role.PARTY, true,
                        List.of(ctx.evidence(line, w.start(), w.end()))));
            }
        }
    }

    /** Syria named in a list of delegations ("delegations from Iran, Russia, Turkey and Syria") is its government. */
    private static boolean inDelegationList(Context.Line line, Mention m) {
        if (!line.has("delegation")) {
            return false;
        }
        int at = line.rel(m);
        String before = line.lower().substring(Math.max(0, at - 90), at);
        int k = before.lastIndexOf("delegation");
        return k >= 0 && !before.contains("opposition") && DELEGATION_LIST.matcher(before.substring(k)).find();
    }

    private void attendees(Context.Line line, FactSink sink, Set<String> absent) {
        boolean observer = line.has("observer") && OBSERVER.matcher(line.text()).find();
        boolean attending = observer || line.has("attend", "represent", "part", "present", "join", "between delegations",
                "arrived") && attends(line.text());
        boolean unEnvoy = line.has("envoy");
        if (!attending && !unEnvoy) {
            return;
        }
        for (Mention m : line.mentions()) {
            String actor = affiliationOf(ctx.actor(m));
            if (actor == null || absent.contains(actor) || TRIO.contains(actor) || actor.startsWith("syria")
                    || actor.equals("kazakhstan") || actor.equals("kazakh-foreign-ministry")
                    || ctx.type(actor) == EntityType.MEDIA_OUTLET || ctx.type(actor) == EntityType.ARMED_GROUP) {
                continue;
            }
            if (!attending && !"united-nations".equals(actor)) {
                continue;
            }
            Role role = observer && inObserverClause(line.text(), line.rel(m)) ? Role.OBSERVER : usualRole(actor);
            sink.add(new ParticipationFact(sink.newId("p"), round, actor, role, true, List.of(ctx.evidence(line, m))));
        }
    }

    /** A verb of attending that is not only an invitation ("has been invited to attend"). */
    private static boolean attends(String t) {
        Rx.M m = ATTEND.matcher(t);
        while (m.find()) {
            if (!(m.start() >= 11 && t.startsWith("invited to ", m.start() - 11))) {
                return true;
            }
        }
        return false;
    }

    /** True when the mention shares a clause with the word "observer" (clauses end at , ; and "while", "but"). */
    private static boolean inObserverClause(String t, int at) {
        Rx.M o = OBSERVER.matcher(t);
        while (o.find()) {
            int from = Math.min(at, o.start());
            int to = Math.max(at, o.end());
            String between = t.substring(from, to);
            if (!between.contains(";") && !between.contains(" while ") && !between.contains(" but ")) {
                return true;
            }
        }
        return false;
    }

    /** A person acts for their affiliation here. */
    /** The two Syrian sides are parties; the United Nations (its envoy) mediates; anyone else attends. */
    static Role usualRole(String actor) {
        if (isParty(actor)) {
            return Role.PARTY;
        }
        return "united-nations".equals(actor) ? Role.MEDIATOR : Role.ATTENDEE;
    }

    private static boolean isParty(String actor) {
        return "syrian-government".equals(actor) || "syrian-opposition".equals(actor);
    }

    private String affiliationOf(String actor) {
        if (actor == null || ctx.type(actor) != EntityType.PERSON) {
            return actor;
        }
        return ctx.entity(actor).map(e -> e.affiliation()).orElse(null);
    }
}
