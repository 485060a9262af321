package org.astanakg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astanakg.fact.StatementFact;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * Someone said something: the speaker nearest a verb of saying ("Zhainakov told AFP", "..., Khan said",
 * "the ministry said", "Russia has argued"). Only the speaker and the evidence are kept, never the words.
 */
final class StatementRules {
    private static final Pattern SAY = Pattern.compile("\\b(said|says|say|told|announced|stated|added|confirmed|urged|"
            + "argued|warned|insisted|noted|stressed|voiced\\sconcern|declared|denied|blamed|has\\ssaid|have\\ssaid)\\b");
    private static final Pattern MINISTRY = Pattern.compile("(?i)\\bthe\\s(?:foreign\\s)?ministry\\b");

    private final Context ctx;
    private final String round;

    StatementRules(Context ctx, String round) {
        this.ctx = ctx;
        this.round = round;
    }

    void run(FactSink sink) {
        String lastMinistry = null;
        for (Context.Line line : ctx.lines()) {
            String t = line.text();
            for (Mention m : line.mentions()) {
                if (m.entity().contains("ministry")) {
                    lastMinistry = m.entity();
                }
            }
            Matcher s = SAY.matcher(t);
            if (!s.find()) {
                continue;
            }
            Speaker who = speaker(line, s.start(), s.end(), lastMinistry);
            if (who != null) {
                boolean talks = Cues.TALKS.matcher(t).find() && !Cues.OTHER_TALKS.matcher(t).find();
                sink.add(new StatementFact(sink.newId("s"), who.id(), talks ? round : null,
                        List.of(ctx.evidence(line, Math.min(who.from(), s.start()), Math.max(who.to(), s.end())))));
            }
        }
    }

    private record Speaker(String id, int from, int to) {
    }

    private Speaker speaker(Context.Line line, int verbStart, int verbEnd, String lastMinistry) {
        Speaker best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : line.mentions()) {
            String a = ctx.actor(m);
            EntityType type = ctx.type(a);
            if (a == null || type == EntityType.MEDIA_OUTLET || type == EntityType.ARMED_GROUP) {
                continue;
            }
            int distance = line.relEnd(m) <= verbStart ? verbStart - line.relEnd(m) : line.rel(m) - verbEnd;
            if (distance >= 0 && distance <= 40 && distance < bestDistance) {
                best = new Speaker(a, line.rel(m), line.relEnd(m));
                bestDistance = distance;
            }
        }
        Matcher min = MINISTRY.matcher(line.text());
        if (lastMinistry != null && min.find()) {
            int distance = min.end() <= verbStart ? verbStart - min.end() : min.start() - verbEnd;
            if (distance >= 0 && distance < bestDistance && distance <= 40) {
                best = new Speaker(lastMinistry, min.start(), min.end());
            }
        }
        return best;
    }
}
