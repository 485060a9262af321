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
            + "|\\b(?:is|was|are|were|will|would)\\s(?:not|n't)\\s(?:be\\s)?represented\\b");
    private static final Rx WITHOUT = Rx.compile("(?i)\\bwithout\\s(?:the\\s)?");
    private static final Rx DELEGATION_AFTER = Rx.compile("^(?:'s|’s)?\\s(?:\\w{1,12}\\s)?delegation\\b");
    private static final Set<String> TRIO = Set.of("russia", "turkey", "iran");

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
            about[i] = line.astanaTalks() || attendance(line) && !line.otherTalksOnly();
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
                && ATTEND.matcher(line.text()).find();
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
        if (line.mentions().isEmpty() || !PARTY.matcher(line.text()).find()) {
            return;
        }
        for (Mention m : line.mentions()) {
            String actor = ctx.actor(m);
            if (("syrian-government".equals(actor) || "syrian-opposition".equals(actor)) && !absent.contains(actor)) {
                sink.add(new ParticipationFact(sink.newId("p"), round, actor, Role.PARTY, true,
                        List.of(ctx.evidence(line, m))));
            }
        }
    }

    private void attendees(Context.Line line, FactSink sink, Set<String> absent) {
        boolean observer = line.has("observer") && OBSERVER.matcher(line.text()).find();
        boolean attending = observer || line.has("attend", "represent", "part", "present", "join", "between delegations",
                "arrived") && ATTEND.matcher(line.text()).find();
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
