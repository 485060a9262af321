package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.time.LocalDate;
import java.util.List;
import org.astanakg.fact.DatePrecision;
import org.astanakg.fact.Evidence;
import org.astanakg.fact.PartialDate;
import org.astanakg.text.DateMention;

/**
 * The first and last day of the reported round: day phrases within a few words of a verb of
 * beginning or ending in a sentence about the talks, ranges, "two-day" lengths, and, for an article
 * saying the talks have begun without a date, the publication day.
 */
final class RoundDates {
    private static final int WINDOW = 60;
    private static final int NEAR_DAYS = 10;
    private static final Rx PAST_LASTING = Rx.compile("(?i)\\b(lasted|ran|continued|went\\son|was\\sheld|were\\sheld)\\b");
    private static final Rx END_OF = Rx.compile("(?i)\\b(?:at|by)\\sthe\\s(?:end|close|conclusion)\\sof\\s(?:the\\s)?"
            + "(?:[\\w-]{1,20}\\s){0,6}(?:on\\s)?$");
    /** "on Thursday, the second day of the fourth round": the day of the talks a date is, just after it. */
    private static final Rx DAY_OF_AFTER = Rx.compile("(?i)^,?\\s(?:the|its)\\s(first|opening|second|third|final|last|closing|"
            + "concluding)\\sday\\b");
    /** "the talks entered their second day in the Kazakh capital on Friday": the same, before the date. */
    private static final Rx DAY_OF_BEFORE = Rx.compile("(?i)\\b(?:the|its|their)\\s(first|opening|second|third|final|last|"
            + "closing|concluding)\\sday\\b");
    /** How far before a date a verb of beginning may stand when no punctuation comes between. */
    private static final int FAR_WINDOW = 90;
    /** No round has lasted longer than three days. */
    private static final int MAX_DAYS = 3;

    private final Context ctx;
    private PartialDate start;
    private PartialDate end;

    RoundDates(Context ctx) {
        this.ctx = ctx;
    }

    /** {start, end}; either may be null. Adds the evidence it used. */
    PartialDate[] find(List<Evidence> evidence) {
        LocalDate pub = ctx.article().published();
        Context.Line durationLine = null;
        int days = 0;
        for (Context.Line line : ctx.lines()) {
            String t = line.text();
            if (!line.astanaTalks() && !RoundRules.announced(ctx, line)) {
                continue;
            }
            for (DateMention d : line.dates()) {
                if (d.start().precision() != DatePrecision.DAY || Math.abs(d.start().first().toEpochDay()
                        - pub.toEpochDay()) > NEAR_DAYS || weekLong(d)) {
                    continue;
                }
                int day = dayOfTalks(line, d);
                if (day > 0) {
                    take(line, d, PartialDate.day(d.start().first().minusDays(day - 1L)), null, evidence);
                } else if (day == 0) {
                    takeEnd(line, d, evidence);
                } else if (d.end2() != null && near(t, d, Cues.START)) {
                    take(line, d, d.start(), d.end2(), evidence);
                } else if (until(t, d) || endOf(t, d)) {
                    takeEnd(line, comingWeekday(t, d, pub), evidence);
                } else if (near(t, d, Cues.END) && lastBefore(t, d, Cues.END) >= lastBefore(t, d, Cues.START)) {
                    takeEnd(line, d, evidence);
                } else if (near(t, d, Cues.START) || farBefore(t, d, Cues.START)) {
                    take(line, d, d.start(), null, evidence);
                }
            }
            Rx.M dur = Cues.DURATION.matcher(t);
            if (durationLine == null && dur.find()) {
                durationLine = line;
                days = org.astanakg.extract.Ordinals.value(dur.group(1));
                evidence.add(ctx.evidence(line, dur.start(), dur.end()));
            }
        }
        if (start == null && end == null) {
            ended(evidence);
        }
        if (start == null && end == null) {
            ongoing(evidence);
        }
        if (start != null && end == null && days > 1) {
            end = PartialDate.day(start.first().plusDays(days - 1L));
        }
        if (start == null && end != null && days > 1) {
            start = PartialDate.day(end.first().minusDays(days - 1L));
        }
        if (start != null && end != null && end.first().isBefore(start.first())) {
            end = null;
        }
        return new PartialDate[] {start, end};
    }

    private void take(Context.Line line, DateMention d, PartialDate s, PartialDate e, List<Evidence> evidence) {
        if (start == null || s.first().isBefore(start.first())) {
            start = s;
            evidence.add(ctx.evidence(line, d.begin(), d.end()));
        }
        if (e != null && (end == null || e.first().isAfter(end.first()))) {
            end = e;
        }
    }

    private void takeEnd(Context.Line line, DateMention d, List<Evidence> evidence) {
        if (end == null || d.last().first().isAfter(end.first())) {
            end = d.last();
            evidence.add(ctx.evidence(line, d.begin(), d.end()));
        }
    }

    /** An article written as the talks close ("wrapped up", "at the end of"): they end on its day. */
    private void ended(List<Evidence> evidence) {
        int seen = 0;
        for (Context.Line line : ctx.lines()) {
            if (++seen > 4) {
                return;
            }
            Rx.M m = Cues.ENDED.matcher(line.text());
            if (line.astanaTalks() && line.dates().stream().noneMatch(d -> d.start().precision() == DatePrecision.DAY
                    && !d.start().first().equals(ctx.article().published())) && m.find()) {
                end = PartialDate.day(ctx.article().published());
                evidence.add(ctx.evidence(line, m.start(), m.end()));
                return;
            }
        }
    }

    private void ongoing(List<Evidence> evidence) {
        int seen = 0;
        for (Context.Line line : ctx.lines()) {
            if (++seen > 8) {
                return;
            }
            String t = line.text();
            Rx.M m = Cues.ONGOING.matcher(t);
            if (line.astanaTalks() && m.find()) {
                start = PartialDate.day(ctx.article().published());
                evidence.add(ctx.evidence(line, m.start(), m.end()));
                return;
            }
        }
    }

    /**
     * Which day of the talks a single day is: 1, 2, 3 ("the second day of the fourth round"), 0 for the
     * last ("Thursday, the final day of the talks"), -1 when the sentence does not say.
     */
    private static int dayOfTalks(Context.Line line, DateMention d) {
        if (d.end2() != null || !line.has(" day")) {
            return -1;
        }
        String t = line.text();
        Rx.M m = DAY_OF_AFTER.matcher(t.substring(d.end(), Math.min(t.length(), d.end() + 40)));
        if (!m.find()) {
            String before = t.substring(Math.max(0, d.begin() - WINDOW), d.begin());
            m = DAY_OF_BEFORE.matcher(before);
            if (!m.find() || before.indexOf(',', m.end()) >= 0) {
                return -1;
            }
        }
        return switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "first", "opening" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 0;
        };
    }

    /** "opened the 13th round of talks on Syria in the Astana format on Thursday": a verb further back, no punctuation between. */
    private static boolean farBefore(String t, DateMention d, Rx verb) {
        int from = Math.max(0, d.begin() - FAR_WINDOW);
        Rx.M m = verb.matcher(t.substring(from, d.begin()));
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        if (last < 0) {
            return false;
        }
        for (int i = from + last; i < d.begin(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '–' || c == '—') {
                return false;
            }
        }
        return true;
    }

    /** "next week", "this week": a span longer than any round, which says when but not which days. */
    private static boolean weekLong(DateMention d) {
        return d.end2() != null && d.end2().first().toEpochDay() - d.start().first().toEpochDay() > MAX_DAYS;
    }

    /** "will last until July 31": the day the talks run to. */
    private static boolean until(String t, DateMention d) {
        String before = t.substring(Math.max(0, d.begin() - 40), d.begin());
        return (before.contains("til") || before.contains("through")) && Cues.UNTIL.matcher(before).find();
    }

    /** "adopted at the end of the 13th meeting on Friday": the day the talks ended. */
    private static boolean endOf(String t, DateMention d) {
        String before = t.substring(Math.max(0, d.begin() - 70), d.begin());
        return (before.contains("end of") || before.contains("close of") || before.contains("conclusion of"))
                && END_OF.matcher(before).find();
    }

    /** "the talks last until Thursday", written on a Wednesday: the coming Thursday, not the last one. */
    private static DateMention comingWeekday(String t, DateMention d, LocalDate pub) {
        String phrase = t.substring(d.begin(), d.end());
        String before = t.substring(Math.max(0, d.begin() - 40), d.begin());
        if (d.end2() != null || !d.start().first().isBefore(pub) || hasDigit(phrase) || PAST_LASTING.matcher(before).find()) {
            return d;
        }
        return new DateMention(d.begin(), d.end(), PartialDate.day(d.start().first().plusWeeks(1)), null, d.qualifier());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(String t, DateMention d, Rx verb) {
        return nearBefore(t, d, verb) || verb.matcher(t.substring(d.end(), Math.min(t.length(), d.end() + 30))).find();
    }

    /** Where the last match of {@code verb} in the window before the date ends; -1 when none. */
    private static int lastBefore(String t, DateMention d, Rx verb) {
        Rx.M m = verb.matcher(t.substring(Math.max(0, d.begin() - WINDOW), d.begin()));
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }

    private static boolean nearBefore(String t, DateMention d, Rx verb) {
        Rx.M m = verb.matcher(t.substring(Math.max(0, d.begin() - WINDOW), d.begin()));
        return m.find();
    }
}
