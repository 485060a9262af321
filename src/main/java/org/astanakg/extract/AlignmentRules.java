package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.ArrayList;
import java.util.List;
import org.astanakg.fact.AlignmentFact;
import org.astanakg.fact.Stance;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * Who backs whom: "X, which backs Y", "Y-backed", "X-backed Y", "backed by X and Z", "rebel backer X",
 * "regime backers X and Z", "rebel-aligned X"; who fights whom: "going after", "attacks against";
 * and the opposition's demand that Assad go ("insist on Assad's removal", "seeking Assad's overthrow").
 */
final class AlignmentRules {
    /** What may stand between two listed actors: a comma, "and", "&". */
    private static final Rx LIST_GLUE = Rx.compile("\\s*(?:,|and|,\\s*and|&)?\\s*");
    private static final Rx WHICH_BACKS = Rx.compile("(?i)\\b(?:which|who|that|,)\\s(?:also\\s)?(?:back|backs|backed|support|supports|supported|"
            + "is\\sbacking|are\\sbacking|has\\sbacked|have\\sbacked|sides\\swith|side\\swith)\\b");
    private static final Rx SIDE_BACKER = Rx.compile("(?i)\\b(rebels?|opposition|regime|government|Assad|Damascus)"
            + "[\\s-](?:backers?|supporters?|allies|ally|sponsors?|-?aligned|patrons?)\\b");
    private static final Rx X_BACKED = Rx.compile("(?i)-(?:backed|supported|sponsored|aligned)\\b");
    private static final Rx BACKED_BY = Rx.compile("(?i)\\b(?:backed|supported|armed)\\sby\\b");
    private static final Rx FIGHTS = Rx.compile("(?i)\\b(going\\safter|go\\safter|fight(?:ing|s)?\\s(?:against)?|"
            + "attacks?\\sagainst|strikes?\\sagainst|battl(?:e|ing)|target(?:ing|s|ed)?|combat(?:ing)?|war\\son)\\b");
    private static final Rx OUSTER = Rx.compile("(?i)\\b(removal|overthrow|ouster|departure|toppl\\w{0,5}|"
            + "step\\sdown|to\\sgo|exit|resign\\w{0,5})\\b");
    private static final Rx DEMAND = Rx.compile("(?i)\\b(insist\\w{0,3}|demand\\w{0,3}|seek\\w{0,3}|call\\w{0,3}\\sfor|want\\w{0,3})\\b");

    private final Context ctx;

    AlignmentRules(Context ctx) {
        this.ctx = ctx;
    }

    void run(FactSink sink) {
        for (Context.Line line : ctx.lines()) {
            if (line.has("back", "support", "side")) {
                whichBacks(line, sink);
            }
            if (line.has("backer", "supporter", "all", "aligned", "sponsor", "patron")) {
                sideBacker(line, sink);
            }
            if (line.has("-backed", "-supported", "-sponsored")) {
                xBacked(line, sink);
            }
            if (line.has("backed by", "supported by", "armed by")) {
                backedBy(line, sink);
            }
            if (line.has("after", "fight", "attack", "strike", "battl", "target", "combat", "war on")) {
                fights(line, sink);
            }
            if (line.has("removal", "overthrow", "ouster", "departure", "toppl", "step down", "to go", "exit", "resign")) {
                ouster(line, sink);
            }
        }
    }

    private void whichBacks(Context.Line line, FactSink sink) {
        Rx.M m = WHICH_BACKS.matcher(line.text());
        while (m.find()) {
            List<Mention> before = listBefore(line, m.start());
            Mention target = firstSide(line, m.end(), m.end() + 60);
            for (Mention a : before) {
                add(sink, line, a, target, Stance.SUPPORTS);
            }
        }
    }

    private void sideBacker(Context.Line line, FactSink sink) {
        Rx.M m = SIDE_BACKER.matcher(line.text());
        while (m.find()) {
            String side = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String target = side.startsWith("rebel") || side.equals("opposition") ? "syrian-opposition" : "syrian-government";
            for (Mention a : listAfter(line, m.end())) {
                add(sink, line, a, target, Stance.SUPPORTS, line.rel(a) < m.start() ? line.rel(a) : m.start());
            }
        }
    }

    private void xBacked(Context.Line line, FactSink sink) {
        Rx.M m = X_BACKED.matcher(line.text());
        while (m.find()) {
            Mention backer = mentionEndingAt(line, m.start());
            Mention target = firstSide(line, m.end(), m.end() + 50);
            if (backer != null && target != null && !m.group().toLowerCase(java.util.Locale.ROOT).contains("aligned")) {
                add(sink, line, backer, target, Stance.SUPPORTS);
            }
        }
    }

    private void backedBy(Context.Line line, FactSink sink) {
        Rx.M m = BACKED_BY.matcher(line.text());
        while (m.find()) {
            Mention target = null;
            for (Mention x : line.mentionsIn(Math.max(0, m.start() - 25), m.start())) {
                String a = ctx.actor(x);
                if ("syrian-government".equals(a) || "syrian-opposition".equals(a) || ctx.type(a) == EntityType.ARMED_GROUP) {
                    target = x;
                }
            }
            if (target != null) {
                for (Mention a : listAfter(line, m.end())) {
                    add(sink, line, a, target, Stance.SUPPORTS);
                }
            }
        }
    }

    private void fights(Context.Line line, FactSink sink) {
        Rx.M m = FIGHTS.matcher(line.text());
        if (!m.find()) {
            return;
        }
        Mention actor = null;
        for (Mention x : line.mentionsIn(0, m.start())) {
            if (ctx.type(ctx.actor(x)) == EntityType.STATE && actor == null) {
                actor = x;
            }
        }
        if (actor == null) {
            return;
        }
        String t = line.text();
        for (Mention x : line.mentionsIn(m.end(), t.length())) {
            String target = ctx.actor(x);
            if (ctx.type(target) == EntityType.ARMED_GROUP && !insideBrackets(t, line.rel(x))) {
                add(sink, line, actor, x, Stance.OPPOSES);
            }
        }
    }

    private void ouster(Context.Line line, FactSink sink) {
        Rx.M o = OUSTER.matcher(line.text());
        Rx.M d = DEMAND.matcher(line.text());
        if (!o.find() || !d.find()) {
            return;
        }
        Mention opp = null;
        boolean assad = false;
        for (Mention x : line.mentions()) {
            String a = ctx.actor(x);
            if ("syrian-opposition".equals(a) && opp == null) {
                opp = x;
            }
            assad |= "bashar-al-assad".equals(a);
        }
        if (opp != null && assad) {
            sink.add(new AlignmentFact(sink.newId("a"), "syrian-opposition", Stance.DEMANDS_OUSTER_OF, "bashar-al-assad",
                    List.of(ctx.evidence(line, line.rel(opp), Math.max(o.end(), line.relEnd(opp))))));
        }
    }

    private static boolean insideBrackets(String t, int at) {
        int open = t.lastIndexOf('[', at);
        return open >= 0 && t.lastIndexOf(']', at) < open;
    }

    /** The actors listed just before {@code at}: "Moscow and Tehran, which". */
    private List<Mention> listBefore(Context.Line line, int at) {
        List<Mention> out = new ArrayList<>();
        int cursor = at;
        List<Mention> ms = line.mentionsIn(0, at);
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention x = ms.get(i);
            String gap = line.text().substring(line.relEnd(x), cursor);
            if (!LIST_GLUE.matcher(gap).matches() || !isBacker(x)) {
                break;
            }
            out.add(0, x);
            cursor = line.rel(x);
        }
        return out;
    }

    /** The actors listed from {@code at}: "backers Russia, Iran and Turkey". */
    private List<Mention> listAfter(Context.Line line, int at) {
        List<Mention> out = new ArrayList<>();
        int cursor = at;
        for (Mention x : line.mentionsIn(at, line.text().length())) {
            String gap = line.text().substring(cursor, line.rel(x));
            if (!LIST_GLUE.matcher(gap).matches() || !isBacker(x)) {
                break;
            }
            out.add(x);
            cursor = line.relEnd(x);
        }
        return out;
    }

    private boolean isBacker(Mention x) {
        EntityType t = ctx.type(ctx.actor(x));
        return t == EntityType.STATE || t == EntityType.ORGANISATION || t == EntityType.INTERNATIONAL_ORGANISATION;
    }

    private Mention mentionEndingAt(Context.Line line, int at) {
        for (Mention x : line.mentions()) {
            if (line.relEnd(x) == at && isBacker(x)) {
                return x;
            }
        }
        return null;
    }

    /** The first side of the war named in [from, to): the government (or Assad), the opposition, a group. */
    private Mention firstSide(Context.Line line, int from, int to) {
        for (Mention x : line.mentionsIn(from, Math.min(to, line.text().length()))) {
            String a = ctx.actor(x);
            EntityType t = ctx.type(a);
            if (t == EntityType.GOVERNMENT || t == EntityType.OPPOSITION || t == EntityType.ARMED_GROUP
                    || "bashar-al-assad".equals(a)) {
                return x;
            }
        }
        return null;
    }

    private void add(FactSink sink, Context.Line line, Mention actor, Mention target, Stance stance) {
        if (target != null) {
            add(sink, line, actor, side(ctx.actor(target)), stance, Math.min(line.rel(actor), line.rel(target)),
                    Math.max(line.relEnd(actor), line.relEnd(target)));
        }
    }

    private void add(FactSink sink, Context.Line line, Mention actor, String target, Stance stance, int from) {
        add(sink, line, actor, target, stance, from, Math.max(line.relEnd(actor), from + 1));
    }

    private void add(FactSink sink, Context.Line line, Mention actor, String target, Stance stance, int from, int to) {
        String a = ctx.actor(actor);
        if (a == null || target == null || a.equals(target)) {
            return;
        }
        sink.add(new AlignmentFact(sink.newId("a"), a, stance, target, List.of(ctx.evidence(line, from, to))));
    }

    /** Backing Assad is backing his government. */
    private static String side(String actor) {
        return "bashar-al-assad".equals(actor) ? "syrian-government" : actor;
    }
}
