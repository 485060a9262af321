package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.astanakg.fact.DatePrecision;
import org.astanakg.fact.EventFact;
import org.astanakg.fact.EventKind;
import org.astanakg.fact.PartialDate;
import org.astanakg.registry.EntityType;
import org.astanakg.text.DateMention;
import org.astanakg.text.Mention;

/**
 * Events other than the rounds, each with the date phrase nearest its trigger: other talks (Geneva,
 * UN-led: never a round), agreements, ceasefires and truces, air strikes, chemical attacks, shelling,
 * withdrawals, military interventions and operations, reconciliations, shootdowns, congresses.
 */
final class EventRules {
    private record Trigger(EventKind kind, Rx pattern, String label, String... keys) {
    }

    private static final List<Trigger> TRIGGERS = List.of(
            new Trigger(EventKind.TALKS, p("\\b(Geneva\\s(?:talks|negotiations|process|round)|talks\\sin\\sGeneva|"
                    + "negotiations\\s(?:\\w{1,12}\\s){0,6}in\\sGeneva|round\\sof\\sGeneva\\stalks|U\\.?N\\.?[-\\s](?:led|driven|backed)\\s(?:talks|negotiations))"), "Geneva talks", "geneva", "led ", "driven ", "backed "),
            new Trigger(EventKind.CHEMICAL_ATTACK, p("\\b(chemical\\s(?:weapons?\\s)?attack|gas\\sattack|toxic\\sgas)"), "Chemical attack", "chemical", "gas"),
            new Trigger(EventKind.AIRSTRIKE, p("\\b(air\\s?strikes?|air\\sraids?|strikes|warplanes?\\s(?:struck|bombed|hit)|bombed|bombing)\\b"), "Air strikes", "strike", "raid", "warplane", "bomb"),
            new Trigger(EventKind.SHELLING, p("\\b(shelling|shelled)\\b"), "Shelling", "shell"),
            new Trigger(EventKind.WITHDRAWAL, p("\\b(withdrawal|pull-?out|withdrew|withdraw)\\b"), "Withdrawal of forces", "withdr", "pull"),
            new Trigger(EventKind.MILITARY_INTERVENTION, p("\\bmilitary\\sintervention\\b"), "Military intervention", "intervention"),
            new Trigger(EventKind.RECONCILIATION, p("\\breconciliation\\b"), "Reconciliation", "reconciliation"),
            new Trigger(EventKind.SHOOTDOWN, p("\\b(shooting\\sdown|shot\\sdown|downing)\\b"), "Shootdown", "shooting down", "shot down", "downing"),
            new Trigger(EventKind.CONGRESS, p("\\bcongress\\b"), "Congress", "congress"),
            new Trigger(EventKind.TRUCE, p("\\b(\\d{1,2}|\\w{1,8})-(?:week|month|day)-old\\s(?:\\w{1,10}\\s)?truce\\b"), "Truce", "-old"),
            new Trigger(EventKind.CEASEFIRE, p("\\b(ceasefire|cease-fire|halt\\sto\\sfighting|truce)\\b"), "Ceasefire", "ceasefire", "cease-fire", "halt to fighting", "truce"),
            new Trigger(EventKind.AGREEMENT, p("\\b(agreement|deal|accord|memorandum)\\s(?:\\w{1,12}\\s){0,2}(reached|signed|struck|agreed)|"
                    + "agreed\\sto\\sset\\sup|signed\\san?\\s(?:agreement|deal|memorandum)"), "Agreement", "agreement", "deal", "accord", "memorandum", "agreed to set up", "signed"),
            new Trigger(EventKind.MILITARY_OPERATION, p("\\b(forced\\sout\\sof|pushed\\sout\\sof|driven\\sout\\sof|recaptured|captured|"
                    + "victory\\sin)\\b"), "Military operation", "forced out", "pushed out", "driven out", "captured", "victory in"));
    private static final Rx FUTURE = Rx.compile("(?i)\\b(hopes?\\sto|plans?\\sto|will|would|is\\sto|are\\sto|"
            + "expected\\sto|set\\sto|due\\sto|planned|upcoming)\\b");
    private static final java.util.Set<EventKind> PLANNED = java.util.Set.of(EventKind.CONGRESS, EventKind.AGREEMENT);
    private static final Rx UNTIL = Rx.compile("(?i)\\b(until|till|through|to)\\s(?:\\w{1,10}\\s){0,2}$");
    private static final Rx SINCE = Rx.compile("(?i)\\b(since|from)\\s$");

    private static Rx p(String regex) {
        return Rx.compile("(?i)" + regex);
    }

    private final Context ctx;

    EventRules(Context ctx) {
        this.ctx = ctx;
    }

    void run(FactSink sink) {
        for (Context.Line line : ctx.lines()) {
            Set<EventKind> done = new LinkedHashSet<>();
            for (Trigger trig : TRIGGERS) {
                if (!line.has(trig.keys())) {
                    continue;
                }
                Rx.M m = trig.pattern().matcher(line.text());
                if (m.find() && done.add(trig.kind()) && !(trig.kind() == EventKind.CEASEFIRE && done.contains(EventKind.TRUCE))) {
                    event(line, trig, m, sink);
                }
            }
        }
    }

    private void event(Context.Line line, Trigger trig, Rx.M m, FactSink sink) {
        String t = line.text();
        DateMention after = trig.kind() == EventKind.TRUCE ? null : dateAfter(line, m.end(), trig.kind() == EventKind.TALKS);
        DateMention before = trig.kind() == EventKind.TALKS || trig.kind() == EventKind.TRUCE ? null
                : dateBefore(line, m.start());
        PartialDate date = null;
        PartialDate start = null;
        PartialDate end = null;
        String qualifier = null;
        DateMention used = after != null ? after : before;
        if (after != null && before != null && UNTIL.matcher(t.substring(Math.max(0, after.begin() - 30), after.begin())).find()) {
            start = before.start();
            end = after.last();
        } else if (used != null && used.end2() != null) {
            start = used.start();
            end = used.end2();
        } else if (used != null && trig.kind() == EventKind.TALKS) {
            start = used.start();
        } else if (used != null) {
            date = used.start();
            qualifier = used.qualifier();
        } else if (trig.kind() == EventKind.TRUCE) {
            date = truceStart(m.group(1));
            qualifier = date == null ? null : "about";
        } else if (PLANNED.contains(trig.kind()) && FUTURE.matcher(t).find()) {
            date = PartialDate.day(ctx.article().published());
            qualifier = "after";
        }
        if (trig.kind() != EventKind.MILITARY_INTERVENTION && date == null && start == null) {
            return;
        }
        List<String> actors = actors(line, trig.kind());
        String place = trig.kind() == EventKind.TALKS ? "geneva" : place(line);
        int from = used == null ? m.start() : Math.min(m.start(), used.begin());
        int to = used == null ? m.end() : Math.max(m.end(), used.end());
        sink.add(new EventFact(sink.newId("e"), trig.kind(), trig.label(), date, start, end, qualifier, place, actors,
                null, null, List.of(ctx.evidence(line, from, to))));
    }

    /** The first date after the trigger in the same clause (no comma between), within 120 chars. */
    private static DateMention dateAfter(Context.Line line, int at, boolean commas) {
        String t = line.text();
        for (DateMention d : line.dates()) {
            if (d.begin() >= at && d.begin() - at <= 120 && (commas || !clauseBreak(t, at, d.begin()))
                    && !SINCE.matcher(t.substring(Math.max(0, d.begin() - 8), d.begin())).find()) {
                return d;
            }
        }
        return null;
    }

    /** The last date before the trigger in the same clause, within 70 chars. */
    private static DateMention dateBefore(Context.Line line, int at) {
        String t = line.text();
        DateMention best = null;
        for (DateMention d : line.dates()) {
            boolean adjacent = at - d.end() <= 2;
            if (d.end() <= at && at - d.end() <= 70 && !clauseBreak(t, d.end(), at)
                    && (adjacent || !SINCE.matcher(t.substring(Math.max(0, d.begin() - 8), d.begin())).find())) {
                best = d;
            }
        }
        return best;
    }

    private PartialDate truceStart(String amount) {
        int n = Ordinals.value(amount);
        if (n <= 0) {
            return null;
        }
        java.time.LocalDate d = ctx.article().published().minusWeeks(n);
        return new PartialDate(d.withDayOfMonth(1), DatePrecision.MONTH);
    }

    private List<String> actors(Context.Line line, EventKind kind) {
        List<String> out = new ArrayList<>();
        if (kind == EventKind.TALKS) {
            out.add("united-nations");
            return out;
        }
        for (Mention x : line.mentions()) {
            String a = ctx.actor(x);
            EntityType t = ctx.type(a);
            if (a != null && t != EntityType.MEDIA_OUTLET && !out.contains(a) && out.size() < 4 && !"syria".equals(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private String place(Context.Line line) {
        for (Mention x : line.mentions()) {
            EntityType t = ctx.type(x.entity());
            if (t != null && t.isPlace() && t != EntityType.STATE && ctx.entity(x.entity()).map(e -> e.standsFor() == null).orElse(false)) {
                return x.entity();
            }
        }
        return null;
    }

    /** True when a comma or a semicolon stands in [from, to) of {@code t}. */
    private static boolean clauseBreak(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';') {
                return true;
            }
        }
        return false;
    }
}
