package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.astanakg.fact.ClaimFact;
import org.astanakg.fact.Measure;
import org.astanakg.fact.PartialDate;
import org.astanakg.fact.Qualifier;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * Sourced figures: a number with its qualifier ("nearly half a million", "more than 330,000", "an
 * estimated 320,000", "some three million") and what it counts, read from the words around it (lives,
 * killed, displaced, wounded, malnutrition, "live in", "-strong delegation"). The figure is stated
 * by the organisation the sentence attributes it to (UNICEF, the Observatory, the UN, a ministry),
 * else by the wire service, else by the publisher.
 */
final class ClaimRules {
    private static final Rx PEOPLE_AFTER = Rx.compile("(?i)\\s?(people|lives|civilians|persons)");
    private static final Rx PEOPLE_LIVING_AFTER = Rx.compile("(?i)\\s?people\\s(?:are|were|live|living|in)");
    private static final Rx CIVILIANS_AFTER = Rx.compile("(?i)\\s?(people|civilians)\\s");
    private static final Rx CIVILIANS_KILLED_AFTER = Rx.compile("(?i)\\s?(people|civilians)\\s(?:have\\sbeen\\s|were\\s)?killed");
    private static final Rx YEAR = Rx.compile("(19|20)\\d{2}");
    private static final Rx MONTH_AT_END = Rx.compile("(January|February|March|April|May|June|July|August|September|October|November|December)\\s?\\z");
    private static final String QUAL = "(nearly|almost|close\\sto|more\\sthan|over|upwards\\sof|at\\sleast|about|around|"
            + "some|roughly|approximately|an\\sestimated|estimated|up\\sto)?\\s?";
    private static final String WORD_NUM = "one|two|three|four|five|six|seven|eight|nine|ten|a|half\\sa|hundreds\\sof|thousands\\sof|millions\\sof|dozens\\sof";
    private static final Rx FIGURE = Rx.compile("(?i)\\b" + QUAL + "(\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,7}(?:\\.\\d{1,3})?|"
            + WORD_NUM + ")(?:\\s(million|thousand|hundred))?(?=[\\s\\-.,;)]|$)");
    private static final Rx DEATHS_BEFORE = Rx.compile("(?i)\\b(killed|claimed|cost|left|death\\stoll\\sof|toll\\sof)\\s(?:\\w{1,12}\\s){0,2}$");
    private static final Rx DEATHS_AFTER = Rx.compile("(?i)^\\s?(?:people\\s|civilians\\s|lives|dead|deaths|killed|"
            + "people\\shave\\sbeen\\skilled|people\\swere\\skilled|have\\sbeen\\skilled|were\\skilled)");
    private static final Rx WOUNDED_AFTER = Rx.compile("(?i)^\\s?(?:\\w{1,12}\\s){0,2}(?:were\\s|have\\sbeen\\s)?(?:\\w{1,10}\\s)?(wounded|injured|hurt)\\b");
    private static final Rx DISPLACED_BEFORE = Rx.compile("(?i)\\b(displaced|uprooted|forced\\sfrom\\stheir\\shomes)\\s$");
    private static final Rx DISPLACED_WORDS = Rx.compile("(?i)\\bdisplaced\\s(millions|half\\sof\\sthe\\spopulation|half)\\b");
    private static final Rx POPULATION_AFTER = Rx.compile("(?i)^\\s?(?:people\\s|residents\\s|civilians\\s|inhabitants\\s)"
            + "(?:\\w{1,12}\\s){0,4}(?:live|living|reside|are\\shome)\\b|^\\s?(?:people|residents|inhabitants)\\)?\\.?$");
    private static final Rx POPULATION_BEFORE = Rx.compile("(?i)\\b(region|home|area|province|population)\\s(?:of|to)\\s$");
    private static final Rx DELEGATION = Rx.compile("(?i)^-?(?:strong|member)\\s(?:\\w{1,15}\\s)?delegation");
    private static final Rx CHILDREN_AFTER = Rx.compile("(?i)^\\s?(?:more\\s)?(children|child)?");
    private static final Rx MALNUTRITION = Rx.compile("(?i)malnutrition|malnourished");
    private static final Rx AT_RISK = Rx.compile("(?i)^\\s?(?:more\\s|children\\s|others\\s){0,2}(?:\\w{1,10}\\s){0,2}at\\s(?:serious\\s|high\\s|grave\\s)?risk");
    private static final Rx SHARE = Rx.compile("(?i)\\b(more\\sthan\\shalf|half|most|a\\sthird|two-thirds|the\\smajority)\\sof\\s(?:the\\s)?"
            + "(?:region|province|territory|country|area|enclave)\\s(?:is\\s|are\\s|was\\s)?(?:\\w{1,12}\\s)?(?:controlled|held|run|dominated)");
    private static final Rx PROVINCES = Rx.compile("(?i)\\b(?:across|in|covering|cover|spanning|span)\\s(\\w{1,8})\\sof\\s(?:Syria's|Syria’s|the\\scountry's|the\\scountry’s)\\s(\\d{1,2})\\sprovinces");
    private static final Rx ATTRIBUTION = Rx.compile("(?i)\\b(says?|said|according\\sto|estimates?|reported|reports|confirmed\\sby|told)\\b");

    private static final String[] FIGURE_WORDS = {"million", "thousand", "hundred", "half", "dozen", "killed", "dead",
        "lives", "wounded", "injured", "displaced", "live in", "living in", "delegation", "children"};

    private static final String[] SCALES = {"million", "thousand", "hundred", "half", "one ", "two ", "three ", "four ",
        "five ", "six ", "seven ", "eight ", "nine ", "ten ", "a thousand", "a hundred"};

    private static final Rx PARTIAL_WIRE = Rx.compile("(?i)\\b(?:with\\s(?:additional\\s)?reporting\\s(?:from|by)|"
            + "contributed\\s(?:reporting|to\\sthis\\sreport))\\b");
    private final Context ctx;
    private Boolean partialWire;

    ClaimRules(Context ctx) {
        this.ctx = ctx;
    }

    void run(FactSink sink) {
        for (Context.Line line : ctx.lines()) {
            if (hasDigit(line.lower()) || line.has(FIGURE_WORDS)) {
                figures(line, sink);
            }
            if (line.has("displaced")) {
                displacedWords(line, sink);
            }
            if (line.has("half", "most", "third", "majority")) {
                share(line, sink);
            }
            if (line.has("provinces")) {
                provinces(line, sink);
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private void figures(Context.Line line, FactSink sink) {
        String t = line.text();
        for (Regions.MatchAt m : Regions.find(FIGURE, t, Regions.around(line.lower(), SCALES, true, 30, 20))) {
            BigDecimal value = value(m.group(2), m.group(3));
            if (value == null || isYearOrDate(t, m)) {
                continue;
            }
            String before = t.substring(Math.max(0, m.start() - 40), m.start());
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 60));
            Measure measure = measure(line, before, after);
            if (measure == null) {
                continue;
            }
            Qualifier q = qualifier(m.group(1));
            String about = measure == Measure.DELEGATION_SIZE ? sideAfter(line, m.end()) : null;
            add(sink, line, measure, value, null, q, about, m.start(), m.end());
        }
    }

    private Measure measure(Context.Line line, String before, String after) {
        if (DELEGATION.matcher(after).find()) {
            return Measure.DELEGATION_SIZE;
        }
        if (line.has("malnutrition", "malnourished") && CHILDREN_AFTER.matcher(after).lookingAt()) {
            if (AT_RISK.matcher(after).lookingAt()) {
                return Measure.CHILDREN_AT_RISK_OF_MALNUTRITION;
            }
            if (after.trim().toLowerCase(Locale.ROOT).startsWith("children")) {
                return Measure.MALNOURISHED_CHILDREN;
            }
        }
        if (WOUNDED_AFTER.matcher(after).lookingAt()) {
            return Measure.WOUNDED;
        }
        String lowerBefore = before.toLowerCase(java.util.Locale.ROOT);
        if (Cues.any(lowerBefore, "killed", "claimed", "cost", "left", "toll") && DEATHS_BEFORE.matcher(before).find()
                && PEOPLE_AFTER.matcher(after).lookingAt()) {
            return Measure.DEATHS;
        }
        if (DEATHS_AFTER.matcher(after).lookingAt() && !PEOPLE_LIVING_AFTER.matcher(after).lookingAt()) {
            return CIVILIANS_AFTER.matcher(after).lookingAt() && !CIVILIANS_KILLED_AFTER.matcher(after).lookingAt()
                    ? null : Measure.DEATHS;
        }
        if (Cues.any(lowerBefore, "displaced", "uprooted", "forced") && DISPLACED_BEFORE.matcher(before).find()) {
            return Measure.DISPLACED;
        }
        if (POPULATION_AFTER.matcher(after).lookingAt() || Cues.any(lowerBefore, " of ", " to ")
                && POPULATION_BEFORE.matcher(before).find()) {
            return Measure.POPULATION;
        }
        return null;
    }

    private void displacedWords(Context.Line line, FactSink sink) {
        Rx.M m = DISPLACED_WORDS.matcher(line.text());
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            add(sink, line, Measure.DISPLACED, null, w.startsWith("half") ? "half" : "millions", null, null, m.start(), m.end());
        }
    }

    private void share(Context.Line line, FactSink sink) {
        Rx.M m = SHARE.matcher(line.text());
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (w.equals("more than half") || w.equals("half")) {
                String about = null;
                for (Mention x : line.mentionsIn(m.end(), line.text().length())) {
                    if (about == null && ctx.type(ctx.actor(x)) == EntityType.ARMED_GROUP) {
                        about = ctx.actor(x);
                    }
                }
                add(sink, line, Measure.TERRITORY_SHARE, null, w.equals("half") ? "half" : "more-than-half", null, about,
                        m.start(), m.end());
            }
        }
    }

    private void provinces(Context.Line line, FactSink sink) {
        Rx.M m = PROVINCES.matcher(line.text());
        if (m.find()) {
            int n = Ordinals.value(m.group(1));
            if (n > 0) {
                add(sink, line, Measure.PROVINCES_COVERED, BigDecimal.valueOf(n), null, null, null, m.start(), m.end());
            }
        }
    }

    private void add(FactSink sink, Context.Line line, Measure measure, BigDecimal value, String valueText, Qualifier q,
            String about, int from, int to) {
        String place = measure == Measure.DEATHS || measure == Measure.DISPLACED ? placeOrSyria(line) : place(line);
        String source = source(line);
        if ("syria".equals(place) && source.equals(ctx.article().wire()) && partialWire()) {
            source = ctx.article().publisher();
        }
        sink.add(new ClaimFact(sink.newId("c"), measure, value, valueText, q, PartialDate.day(ctx.article().published()),
                source, about, place, List.of(ctx.evidence(line, from, to))));
    }

    /**
     * A story the publisher wrote "with reporting from AFP": the wire supplied the news, but the war's
     * overall toll is the publisher's own background line, stated by the publisher.
     */
    private boolean partialWire() {
        if (partialWire == null) {
            String t = ctx.text().text();
            partialWire = (t.contains("eporting") || t.contains("contributed")) && PARTIAL_WIRE.matcher(t).find();
        }
        return partialWire;
    }

    private String source(Context.Line line) {
        if (ATTRIBUTION.matcher(line.text()).find()) {
            for (Mention x : line.mentions()) {
                String a = ctx.actor(x);
                EntityType t = ctx.type(a);
                if (t == EntityType.INTERNATIONAL_ORGANISATION || t == EntityType.ORGANISATION) {
                    return a;
                }
            }
        }
        return ctx.defaultSource();
    }

    private String place(Context.Line line) {
        for (Mention x : line.mentions()) {
            EntityType t = ctx.type(x.entity());
            if (t != null && t.isPlace() && t != EntityType.STATE && x.entity() != null) {
                return x.entity();
            }
        }
        return null;
    }

    private String placeOrSyria(Context.Line line) {
        String p = place(line);
        return p != null ? p : "syria";
    }

    private String sideAfter(Context.Line line, int at) {
        for (Mention x : line.mentionsIn(at, line.text().length())) {
            String a = ctx.actor(x);
            if ("syrian-opposition".equals(a) || "syrian-government".equals(a)) {
                return a;
            }
        }
        return null;
    }

    private static boolean isYearOrDate(String t, Regions.MatchAt m) {
        String digits = m.group(2);
        if (YEAR.matcher(digits).matches() && m.group(1) == null && m.group(3) == null) {
            return true;
        }
        String before = t.substring(Math.max(0, m.start() - 12), m.start());
        return MONTH_AT_END.matcher(before).find();
    }

    private static Qualifier qualifier(String q) {
        if (q == null) {
            return null;
        }
        String w = PersonRules.SPACES.matcher(q.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return switch (w) {
            case "nearly", "almost", "close to" -> Qualifier.NEARLY;
            case "more than", "over", "upwards of" -> Qualifier.MORE_THAN;
            case "at least" -> Qualifier.AT_LEAST;
            case "an estimated", "estimated" -> Qualifier.ESTIMATED;
            case "up to" -> null;
            default -> Qualifier.ABOUT;
        };
    }

    private static BigDecimal value(String number, String scale) {
        String n = PersonRules.SPACES.matcher(number.toLowerCase(Locale.ROOT)).replaceAll(" ");
        BigDecimal base;
        switch (n) {
            case "a", "one" -> base = BigDecimal.ONE;
            case "half a" -> base = new BigDecimal("0.5");
            case "hundreds of", "thousands of", "millions of", "dozens of" -> {
                return null;
            }
            default -> {
                int w = Ordinals.value(n);
                if (w > 0 && !Character.isDigit(n.charAt(0))) {
                    base = BigDecimal.valueOf(w);
                } else {
                    try {
                        base = new BigDecimal(n.replace(",", ""));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
        }
        if (scale == null) {
            return n.equals("a") || n.equals("half a") ? null : base;
        }
        BigDecimal mult = switch (scale.toLowerCase(Locale.ROOT)) {
            case "million" -> BigDecimal.valueOf(1_000_000);
            case "thousand" -> BigDecimal.valueOf(1_000);
            default -> BigDecimal.valueOf(100);
        };
        return base.multiply(mult).stripTrailingZeros();
    }
}
