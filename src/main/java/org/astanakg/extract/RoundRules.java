package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.astanakg.fact.DatePrecision;
import org.astanakg.fact.Evidence;
import org.astanakg.fact.PartialDate;
import org.astanakg.fact.RoundFact;
import org.astanakg.fact.RoundStatus;
import org.astanakg.text.DateMention;
import org.astanakg.text.Mention;

/**
 * Finds the round an article reports and the rounds it mentions. The ordinal comes from "seventh
 * round", "7th round", "fifth bout", "the eleventh of their kind", "round 7" or "after 12 previous
 * rounds"; a round named with "last", "previous" or "next", or with a date well away from the
 * publication, is only mentioned. Dates come from day phrases next to a verb of beginning or ending
 * ("kicked off on Thursday", "conclude Wednesday"), ranges ("January 23-24", "Monday and Tuesday"),
 * and lengths ("two-day"); the venue is the first Astana/Nur-Sultan or Sochi named where the talks are,
 * else the venue of the round with that ordinal.
 */
final class RoundRules {
    /** "... first meeting in the Kazakh capital since": up to five words, then "since". */
    private static final Rx FIRST_SINCE = Rx.compile("\\s(?:[a-z-]{1,14}\\s){0,5}since\\b");
    private static final String ORDINAL_ROUND = "(?i)\\b" + Ordinals.ORDINAL
            + "(?:[\\s-]{1,2}(?:Astana|Nur-Sultan|Sochi|international|high-level|new|Syria|Syrian|peace|Kazakh|"
            + "intra-Syrian|trilateral|ministerial|such)){0,3}[\\s-]{1,2}(rounds?|bout|session|meeting|edition|talks|"
            + "negotiations|conference|gathering)\\b";
    private static final Rx ORDINAL_HIT = Rx.compile(ORDINAL_ROUND + "|(?i)\\bround\\s(?:no\\.?\\s)?"
            + Ordinals.CARDINAL + "\\b|(?i)\\bthe\\s" + Ordinals.ORDINAL + "\\s(?:of\\s(?:their|its)\\skind|such(?![\\s-]{1,2}(?:summits?|congress|forums?|video)\\b)|in\\s(?:a|the)\\sseries)");
    /** "The previous round, held in June 2023, was the 20th.": the ordinal after a copula, with no noun after it. */
    private static final Rx ORDINAL_AFTER_COPULA = Rx.compile("(?i)\\b(round|meeting|session)\\b[^.;:!?]{0,60}?"
            + "\\s(?:was|is|will\\sbe|would\\sbe)\\s(?:the\\s)?" + Ordinals.ORDINAL + "(?!\\s?[\\w-])");
    /**
     * "hosted the meeting on Syria for the 22nd time": the ordinal of the talks the sentence is about;
     * not "for the first time", which says something happened first at these talks.
     */
    private static final Rx FOR_THE_NTH_TIME = Rx.compile("(?i)\\bfor\\sthe\\s" + Ordinals.ORDINAL + "\\stime\\b");
    private static final Rx AFTER_PREVIOUS = Rx.compile("(?i)\\bafter\\s" + Ordinals.CARDINAL
            + "\\s(?:previous|earlier|prior)\\s(?:rounds|meetings|sessions)");
    private static final Rx OTHER_ROUND_NOUN = Rx.compile("(?i)\\b(last|previous|prior|earlier|preceding|next|"
            + "upcoming|following)\\s(?:[\\w-]{1,20}\\s){0,2}?(round|session|meeting)\\b");
    private static final Rx ZONE_DEAL = Rx.compile("(?i)\\b(agreed|tabled|signed|reached|announced|adopted|"
            + "endorsed|agreement|deal)\\b");
    private static final Rx ZONES = Rx.compile("(?i)\\b(de-?escalation|safe)[\\s\"“”‘’]{1,3}(?:zones?|areas?)");
    /** Every round to the 22nd was held in Astana (Nur-Sultan 2019-2022) but the 10th and 15th, in Sochi. */
    private static final int LAST_ROUND = 22;
    private static final Rx PLACED = Rx.compile("(?i)(?:at|in|during)\\sthe");
    private static final Rx FIRST_ROUND_WORD = Rx.compile("(?i)\\b(round|talks|negotiations|meeting)\\b");

    private static final String[] ROUND_NOUNS = {"round", "bout", "session", "meeting", "edition", "talks", "negotiations",
        "conference", "gathering", "kind", "such", "series"};
    private static final String[] ORDINAL_STEMS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth", "twentieth", "twenty", "thirtieth", "round "};
    private static final String[] OTHER_WORDS = {"last", "previous", "prior", "earlier", "preceding", "next", "upcoming",
        "following"};

    /** "Turkey, Russia and Iran to meet in Astana", "will host Syria's warring sides in the Kazakh capital". */
    private static final Rx ANNOUNCE = Rx.compile("(?i)\\b(?:to|will|would|are\\sto|set\\sto)\\s(meet|host|hold|gather|convene)\\b");
    private static final java.util.Set<String> GUARANTORS = java.util.Set.of("russia", "turkey", "iran");
    private static final Rx ROUND_EVENT = Rx.compile("(?i)\\b(round|meeting|session|delegations?|arrived|"
            + "attend\\w{0,3}|two-day|three-day)\\b");

    /** The rounds of an article. */
    record Rounds(RoundFact reported, List<RoundFact> mentioned) {
        String reportedId() {
            return reported == null ? null : reported.id();
        }
    }

    private record Hit(Context.Line line, int begin, int end, int ordinal, boolean other) {
    }

    private final Context ctx;

    RoundRules(Context ctx) {
        this.ctx = ctx;
    }

    Rounds run(FactSink sink) {
        List<Hit> hits = ordinalHits();
        Hit main = hits.stream().filter(h -> !h.other()).findFirst()
                .or(() -> hits.stream().filter(h -> onlyPlaced(h)).findFirst()).orElse(null);
        Context.Line lead = main != null ? main.line() : leadLine();
        RoundFact reported = null;
        if (lead != null) {
            reported = reported(main, lead, sink);
            if (reported.ordinal() == null && reported.start() == null && reported.end() == null
                    && reported.place() == null) {
                reported = null;
            } else {
                sink.add(reported);
            }
        }
        List<RoundFact> mentioned = mentioned(hits, reported, sink);
        return new Rounds(reported, mentioned);
    }

    private List<Hit> ordinalHits() {
        List<Hit> out = new ArrayList<>();
        for (Context.Line line : ctx.lines()) {
            if (!line.has(ROUND_NOUNS) || !(line.has(ORDINAL_STEMS) || hasDigit(line.lower()))) {
                continue;
            }
            for (Regions.MatchAt m : Regions.find(ORDINAL_HIT, line.text(), Regions.around(line.lower(), ROUND_NOUNS, false, 70, 45))) {
                if (Cues.otherTalksNear(line.text(), m.start(), m.end()) || firstSince(line.text(), m.end())) {
                    continue;
                }
                String word = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
                int n = Ordinals.value(word);
                if (n > 0 && n <= 40 && !(m.group(2) != null && m.group(2).equalsIgnoreCase("rounds"))) {
                    out.add(new Hit(line, m.start(), m.end(), n, isOther(line, m.start(), m.end())));
                }
            }
            Rx.M c = ORDINAL_AFTER_COPULA.matcher(line.text());
            while (line.has(" was ", " is ", " be ") && c.find()) {
                int n = Ordinals.value(c.group(2));
                if (n > 0 && n <= 40 && !Cues.otherTalksNear(line.text(), c.start(), c.end())) {
                    out.add(new Hit(line, c.start(), c.end(1), n, isOther(line, c.start(), c.end(1))));
                }
            }
            Rx.M t = FOR_THE_NTH_TIME.matcher(line.text());
            while (line.has(" time") && line.astanaTalks() && t.find()) {
                int n = Ordinals.value(t.group(1));
                if (n > 1 && n <= 40 && !Cues.otherTalksNear(line.text(), t.start(), t.end())) {
                    out.add(new Hit(line, t.start(), t.end(), n, isOther(line, t.start(), t.end())));
                }
            }
            Rx.M a = AFTER_PREVIOUS.matcher(line.text());
            while (line.has("previous", "earlier", "prior") && a.find()) {
                int n = Ordinals.value(a.group(1));
                if (n > 0 && n < 40) {
                    out.add(new Hit(line, a.start(), a.end(), n + 1, false));
                }
            }
        }
        return out;
    }

    /**
     * A round named only with "in the", "at the" or "during the" before it and no date away from the
     * publication after it: "will not take part in the 18th meeting". The reported round when the
     * article names no other.
     */
    private boolean onlyPlaced(Hit h) {
        String before = h.line().text().substring(Math.max(0, h.begin() - 30), h.begin());
        Rx.M m = Cues.OTHER_ROUND.matcher(before);
        return h.other() && m.find() && PLACED.matcher(m.group(1)).matches() && otherDate(h.line(), h.end()) == null;
    }

    /** True for "the next round", false for "the previous round", null when the words before say neither. */
    private static Boolean later(Hit h) {
        Rx.M m = Cues.OTHER_ROUND.matcher(h.line().text().substring(Math.max(0, h.begin() - 30), h.begin()));
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (Cues.NEXT.matcher(w).matches()) {
            return true;
        }
        return w.equals("last") || w.equals("previous") || w.equals("prior") || w.equals("earlier") || w.equals("preceding")
                || w.equals("past") || w.equals("former") ? false : null;
    }

    private boolean isOther(Context.Line line, int begin, int end) {
        String before = line.text().substring(Math.max(0, begin - 30), begin);
        if (Cues.OTHER_ROUND.matcher(before).find()) {
            return true;
        }
        return otherDate(line, end) != null;
    }

    /**
     * A month or day well before or after publication, just after the round is named: "in September";
     * not the start of a span ("the 14th such meeting since the process began in January 2017").
     */
    private DateMention otherDate(Context.Line line, int after) {
        return otherDate(line, after, false);
    }

    /** As above; for a round said to come next, a year is enough even when it is the publication's year. */
    private DateMention otherDate(Context.Line line, int after, boolean next) {
        LocalDate pub = ctx.article().published();
        for (DateMention d : line.dates()) {
            if (d.begin() >= after && (d.begin() - after <= 45 || d.begin() - after <= 90
                    && unbroken(line.text(), after, d.begin())) && (away(d, pub) || next && laterYear(d, pub))
                    && !line.text().substring(after, d.begin()).contains("since")) {
                return d;
            }
        }
        return null;
    }

    /** No clause break between: "the next, 14th meeting on Syria ... will take place in Nur-Sultan in late October". */
    private static boolean unbroken(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == '–' || c == '—') {
                return false;
            }
        }
        return !t.substring(from, to).contains(" and ");
    }

    /** "the first meeting since ...": a first of something else, not the first round of the series. */
    private static boolean firstSince(String t, int end) {
        String after = t.substring(end, Math.min(t.length(), end + 60)).toLowerCase(java.util.Locale.ROOT);
        String before = t.substring(Math.max(0, end - 40), end).toLowerCase(java.util.Locale.ROOT);
        return before.contains("first") && FIRST_SINCE.matcher(after).lookingAt();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean away(DateMention d, LocalDate pub) {
        if (d.start().precision() == DatePrecision.YEAR) {
            return d.start().first().getYear() != pub.getYear();
        }
        if (d.start().precision() == DatePrecision.MONTH) {
            return !java.time.YearMonth.from(d.start().first()).equals(java.time.YearMonth.from(pub));
        }
        return d.start().precision() == DatePrecision.DAY
                && (d.last().last().isBefore(pub.minusDays(12)) || d.start().first().isAfter(pub.plusDays(12)));
    }

    /** "the next meeting ... in the second half of 2024", written in January 2024. */
    private static boolean laterYear(DateMention d, LocalDate pub) {
        return d.start().precision() == DatePrecision.YEAR && d.start().first().getYear() >= pub.getYear();
    }

    /**
     * The sentence that reports a round named without an ordinal, among the first six; none when the
     * headline or the lead is about another gathering (a presidents' summit, a congress, a forum), where
     * the talks are only recalled.
     */
    private Context.Line leadLine() {
        List<Context.Line> lines = ctx.lines();
        if (lines.stream().limit(2).anyMatch(Context.Line::otherGathering)) {
            return null;
        }
        int seen = 0;
        for (Context.Line line : lines) {
            if (++seen > 6) {
                break;
            }
            if (line.otherGathering()) {
                continue;
            }
            String t = line.text();
            if ((line.astanaTalks() && asEvent(t) || announced(ctx, line)) && line.astana()
                    && !OTHER_ROUND_NOUN.matcher(t).find()) {
                return line;
            }
        }
        return null;
    }

    /**
     * A meeting announced without the word talks: two of the guarantors (or their capitals) "to meet"
     * or "will host" in a sentence naming Astana or Kazakhstan.
     */
    static boolean announced(Context ctx, Context.Line line) {
        if (!line.astana() || line.otherTalksOnly() || !line.has("meet", "host", "hold", "gather", "convene")
                || !ANNOUNCE.matcher(line.text()).find()) {
            return false;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Mention m : line.mentions()) {
            String a = ctx.actor(m);
            if (a != null && GUARANTORS.contains(a)) {
                named.add(a);
            }
        }
        return named.size() >= 2;
    }

    /** Talks spoken of as an event taking place (a round, a meeting; opening, held, ending), not a process's name. */
    private static boolean asEvent(String t) {
        return ROUND_EVENT.matcher(t).find() || Cues.START.matcher(t).find() || Cues.ENDED.matcher(t).find()
                || Cues.ONGOING.matcher(t).find();
    }

    private RoundFact reported(Hit main, Context.Line lead, FactSink sink) {
        List<Evidence> evidence = new ArrayList<>();
        Integer ordinal = null;
        if (main != null) {
            ordinal = main.ordinal();
            evidence.add(ctx.evidence(main.line(), main.begin(), main.end()));
        } else {
            Rx.M m = FIRST_ROUND_WORD.matcher(lead.text());
            evidence.add(m.find() ? ctx.evidence(lead, m.start(), m.end()) : ctx.evidence(lead, 0, lead.text().length()));
        }
        PartialDate[] dates = new RoundDates(ctx).find(evidence);
        String place = venue(evidence, ordinal);
        return new RoundFact(sink.newId("r"), ordinal, dates[0], dates[1], place, RoundStatus.REPORTED, null, null,
                evidence);
    }

    private String venue(List<Evidence> evidence, Integer ordinal) {
        for (Context.Line line : ctx.lines()) {
            String t = line.text();
            if (!line.astanaTalks() || OTHER_ROUND_NOUN.matcher(t).find()) {
                continue;
            }
            for (Mention m : line.mentions()) {
                if (m.entity().equals("astana") || m.entity().equals("sochi")) {
                    evidence.add(ctx.evidence(line, m));
                    return m.entity();
                }
            }
        }
        if (ordinal != null && (ordinal == 10 || ordinal == 15)) {
            return "sochi";
        }
        if (ordinal != null && ordinal <= LAST_ROUND) {
            return "astana";
        }
        return ctx.lines().stream().anyMatch(l -> l.mentions().stream().anyMatch(m -> m.entity().equals("astana")))
                ? "astana" : null;
    }

    private List<RoundFact> mentioned(List<Hit> hits, RoundFact reported, FactSink sink) {
        List<RoundFact> out = new ArrayList<>();
        for (Hit h : hits) {
            boolean another = reported != null && reported.ordinal() != null && h.ordinal() != reported.ordinal();
            if (h.other() && (reported == null || reported.ordinal() == null || another) || !h.other() && another) {
                DateMention d = otherDate(h.line(), h.end());
                Boolean later = later(h);
                if (later == null && another) {
                    later = h.ordinal() > reported.ordinal();
                }
                String of = reported == null ? null : reported.id();
                add(out, sink, new RoundFact(sink.newId("r"), h.ordinal(), d == null ? null : d.start(), null,
                        placeIn(h.line()), RoundStatus.MENTIONED, Boolean.TRUE.equals(later) ? of : null,
                        Boolean.FALSE.equals(later) ? of : null, List.of(ctx.evidence(h.line(), h.begin(), h.end()))), reported);
            }
        }
        for (Context.Line line : ctx.lines()) {
            if (line.otherTalksOnly()) {
                continue;
            }
            Rx.M m = OTHER_ROUND_NOUN.matcher(line.text());
            if (line.has(OTHER_WORDS) && m.find() && !line.text().substring(m.end()).startsWith("s")) {
                boolean next = Cues.NEXT.matcher(m.group(1)).matches();
                DateMention d = otherDate(line, m.end(), next);
                if (d != null) {
                    add(out, sink, new RoundFact(sink.newId("r"), null, d.start(), null, placeIn(line),
                            RoundStatus.MENTIONED, next && reported != null ? reported.id() : null,
                            !next && reported != null ? reported.id() : null,
                            List.of(ctx.evidence(line, m.start(), d.end()))), reported);
                }
            }
            zoneDeal(line, reported, out, sink);
        }
        return out;
    }

    private void zoneDeal(Context.Line line, RoundFact reported, List<RoundFact> out, FactSink sink) {
        if (!line.has("zone", "area") || line.dates().isEmpty()) {
            return;
        }
        Rx.M z = ZONES.matcher(line.text());
        Rx.M deal = ZONE_DEAL.matcher(line.text());
        if (!z.find() || !deal.find()) {
            return;
        }
        LocalDate pub = ctx.article().published();
        for (DateMention d : line.dates()) {
            if (d.start().precision() == DatePrecision.MONTH && d.last().last().isBefore(pub.minusDays(20))
                    && d.start().first().isAfter(pub.minusYears(1))) {
                String place = placeIn(line);
                add(out, sink, new RoundFact(sink.newId("r"), null, d.start(), null,
                        place != null ? place : reported != null ? reported.place() : null, RoundStatus.MENTIONED,
                        null, null, List.of(ctx.evidence(line, Math.min(deal.start(), d.begin()),
                                Math.max(deal.end(), d.end())))), reported);
                return;
            }
        }
    }

    private static String placeIn(Context.Line line) {
        for (Mention m : line.mentions()) {
            if (m.entity().equals("astana") || m.entity().equals("sochi")) {
                return m.entity();
            }
        }
        return null;
    }

    private static void add(List<RoundFact> out, FactSink sink, RoundFact r, RoundFact reported) {
        boolean dup = out.stream().anyMatch(o -> java.util.Objects.equals(o.ordinal(), r.ordinal())
                && (r.ordinal() != null || java.util.Objects.equals(o.start(), r.start()))
                || r.ordinal() == null && o.ordinal() != null && r.start() != null && r.start().equals(o.start())
                && o.evidence().get(0).sentence() == r.evidence().get(0).sentence());
        if (!dup && (reported == null || r.ordinal() == null || !r.ordinal().equals(reported.ordinal()))) {
            out.add(r);
            sink.add(r);
        }
    }
}
