package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.astanakg.fact.Evidence;
import org.astanakg.fact.ZoneFact;
import org.astanakg.fact.ZoneTerm;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * What the article says of the de-escalation zones as a whole: how many ("four de-escalation
 * zones"), how long ("for at least six months"), whether they may be extended, their terms ("a halt
 * to air raids", "jointly police") and who guarantees them ("act as guarantors of the zones").
 */
final class ZoneRules {
    private static final String WHOLE = "deescalation-zones-2017";
    private static final Rx ZONES = Rx.compile("(?i)(?:de-?escalation|safe)[\"”’]?[\\s\"“”‘’]{1,3}(?:zones|areas)");
    private static final Rx COUNT_BEFORE = Rx.compile("(?i)\\b(" + Ordinals.CARDINAL_WORDS
            + "|\\d)\\s(?:so-called\\s)?[\"“‘]?$");
    private static final Rx DURATION = Rx.compile("(?i)\\bfor\\s(?:a\\speriod\\sof\\s)?(at\\sleast\\s|up\\sto\\s|about\\s)?"
            + "(" + Ordinals.CARDINAL_WORDS + "|\\d{1,2})\\s(months|years|weeks)");
    private static final Rx EXTENDABLE = Rx.compile("(?i)\\b(be\\s(?:extended|renewed)|extendable|renewable)\\b");
    private static final Rx GUARANTORS = Rx.compile("(?i)\\bguarantors?\\sof\\sthe\\s(?:de-?escalation|safe)");
    private static final Rx[] TERMS = {
        Rx.compile("(?i)\\b(halt|end|stop|cessation)\\s(?:to\\s|of\\s)?(?:\\w{1,10}\\s){0,2}(air\\s?raids|air\\s?strikes|bombing|flights)"),
        Rx.compile("(?i)\\b(?:halt|end|stop|cessation|cease)\\s(?:to\\s|of\\s)?(?:all\\s)?(?:hostilities|fighting)"),
        Rx.compile("(?i)\\bjointly\\spolic\\w{1,3}|joint\\spatrols"),
        Rx.compile("(?i)\\bmilitary\\spolice"),
        Rx.compile("(?i)\\b(access\\sfor\\said|humanitarian\\saccess|aid\\saccess|access\\sto\\said)")};
    private static final String[][] TERM_KEYS = {{"raid", "strike", "bomb", "flight"}, {"hostilities", "fighting"},
        {"joint"}, {"military police"}, {"access"}};
    private static final ZoneTerm[] TERM_VALUES = {ZoneTerm.HALT_AIR_RAIDS, ZoneTerm.HALT_HOSTILITIES,
        ZoneTerm.JOINT_POLICING, ZoneTerm.MILITARY_POLICE_DEPLOYMENT, ZoneTerm.HUMANITARIAN_ACCESS};

    /** The zone each place lies in (the 2017 plan); Idlib after the September 2018 deal: its buffer zone. */
    private static final Map<String, String> ZONE_OF_PLACE = Map.ofEntries(Map.entry("idlib-governorate", "idlib-zone"),
            Map.entry("eastern-ghouta", "eastern-ghouta-zone"), Map.entry("douma", "eastern-ghouta-zone"),
            Map.entry("homs-governorate", "homs-zone"), Map.entry("homs", "homs-zone"), Map.entry("northern-homs", "homs-zone"),
            Map.entry("southern-syria", "southern-zone"), Map.entry("daraa", "southern-zone"),
            Map.entry("daraa-governorate", "southern-zone"), Map.entry("quneitra-governorate", "southern-zone"),
            Map.entry("sweida-governorate", "southern-zone"));
    private static final Rx ZONE_WORD = Rx.compile("(?i)\\b(zones?|four\\sareas|buffer|demilitari[sz]ed)\\b");
    private static final Rx BUFFER = Rx.compile("(?i)\\b(buffer\\szone|demilitari[sz]ed\\s(?:zone|area))");
    private static final java.time.LocalDate IDLIB_DEAL = java.time.LocalDate.of(2018, 9, 17);
    private static final int MAX_PLACES = 5;

    private final Context ctx;

    ZoneRules(Context ctx) {
        this.ctx = ctx;
    }

    void run(FactSink sink) {
        whole(sink);
        for (Context.Line line : ctx.lines()) {
            subZones(line, sink);
        }
    }

    /** The zones a sentence names by their places: "zones covering ... Eastern Ghouta and ... Homs". */
    private void subZones(Context.Line line, FactSink sink) {
        String t = line.text();
        if (!line.has("zone", "four areas", "buffer", "demilitari") || !ZONE_WORD.matcher(t).find()) {
            return;
        }
        List<Mention> places = line.mentions().stream().filter(m -> {
            EntityType type = ctx.type(m.entity());
            return type != null && type.isPlace() && type != EntityType.STATE;
        }).toList();
        if (places.size() > MAX_PLACES) {
            return;
        }
        boolean buffer = BUFFER.matcher(t).find() && !ctx.article().published().isBefore(IDLIB_DEAL);
        for (Mention m : places) {
            String zone = ZONE_OF_PLACE.get(m.entity());
            if (zone == null) {
                continue;
            }
            if (zone.equals("idlib-zone") && buffer) {
                zone = "idlib-buffer-zone-2018";
            }
            String area = m.entity().equals("homs") ? "homs-governorate" : m.entity().equals("daraa") ? "daraa-governorate" : m.entity();
            sink.add(new ZoneFact(sink.newId("z"), zone, null, List.of(area), List.of(), null, null, List.of(), null, null,
                    null, List.of(), null, null, zone.equals("idlib-buffer-zone-2018") ? null : WHOLE,
                    List.of(ctx.evidence(line, m))));
        }
    }

    private static boolean startsWithReference(String lower) {
        return lower.startsWith("the ") || lower.startsWith("this ") || lower.startsWith("that ") || lower.startsWith("it ")
                || lower.startsWith("these ");
    }

    private void whole(FactSink sink) {
        Integer count = null;
        String duration = null;
        String durationQualifier = null;
        Boolean extendable = null;
        Set<ZoneTerm> terms = new LinkedHashSet<>();
        Set<String> guarantors = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        boolean inPlan = false;
        boolean seenZones = false;
        for (Context.Line line : ctx.lines()) {
            String t = line.text();
            Rx.M z = ZONES.matcher(t);
            boolean zones = line.has("zone", "area") && z.find();
            if (zones) {
                Rx.M c = COUNT_BEFORE.matcher(t.substring(Math.max(0, z.start() - 25), z.start()));
                int begin = z.start();
                if (c.find()) {
                    begin = z.start() - (c.regionEnd() - c.start());
                    if (count == null) {
                        count = Ordinals.value(c.group(1));
                    }
                }
                evidence.add(ctx.evidence(line, begin, z.end()));
            }
            seenZones |= zones;
            boolean plan = zones || (seenZones && line.has("zone")) || (inPlan && startsWithReference(line.lower()));
            inPlan = zones || (inPlan && plan);
            if (!plan) {
                continue;
            }
            Rx.M d = DURATION.matcher(t);
            if (duration == null && line.has("month", "year", "week") && d.find()) {
                duration = "P" + Ordinals.value(d.group(2)) + (d.group(3).toLowerCase().startsWith("month") ? "M"
                        : d.group(3).toLowerCase().startsWith("year") ? "Y" : "W");
                durationQualifier = d.group(1) != null && d.group(1).trim().equalsIgnoreCase("at least") ? "at-least" : null;
                evidence.add(ctx.evidence(line, d.start(), d.end()));
            }
            Rx.M x = EXTENDABLE.matcher(t);
            if (line.has("extend", "renew") && x.find()) {
                extendable = true;
                evidence.add(ctx.evidence(line, x.start(), x.end()));
            }
            for (int i = 0; i < TERMS.length; i++) {
                if (!line.has(TERM_KEYS[i])) {
                    continue;
                }
                Rx.M m = TERMS[i].matcher(t);
                if (m.find() && terms.add(TERM_VALUES[i])) {
                    evidence.add(ctx.evidence(line, m.start(), m.end()));
                }
            }
            if (line.has("guarantor") && GUARANTORS.matcher(t).find()) {
                for (Mention mm : line.mentions()) {
                    String a = ctx.actor(mm);
                    if (ctx.type(a) == EntityType.STATE) {
                        guarantors.add(a);
                    }
                }
            }
        }
        if (!evidence.isEmpty() && (count != null || !terms.isEmpty() || duration != null)) {
            sink.add(new ZoneFact(sink.newId("z"), WHOLE, count, List.of(), List.copyOf(guarantors), null, null,
                    List.of(), duration, durationQualifier, extendable, List.copyOf(terms), null, null, null, evidence));
        }
    }
}
