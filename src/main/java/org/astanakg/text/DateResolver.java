package org.astanakg.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.astanakg.fact.DatePrecision;
import org.astanakg.fact.PartialDate;

/**
 * Finds date phrases in a sentence and resolves them against the publication date: weekdays,
 * "October 26", "26 October 2017", "January 23-24", "in May", "mid-September", "early 2017",
 * "last week", "the end of last year", "two years ago". A phrase without a year takes the nearest
 * year in the direction the sentence points (future tense: forward; otherwise backward). Every
 * pattern has bounded repetition, so a sentence is scanned in linear time.
 */
public final class DateResolver {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Rx RANGE_MD = Rx.compile("\\b" + MONTH + "\\s(\\d{1,2})\\s?(?:-|–|to|and)\\s?(\\d{1,2})\\b(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Rx RANGE_DM = Rx.compile("\\b(\\d{1,2})\\s?(?:-|–|to|and)\\s?(\\d{1,2})\\s" + MONTH + "(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Rx DAY_MD = Rx.compile("\\b(?:" + WEEKDAY + ",?\\s)?" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Rx DAY_DM = Rx.compile("\\b(?:" + WEEKDAY + ",?\\s)?(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + MONTH + "(?:,?\\s?-?((?:19|20)\\d{2})\\b)?");
    private static final Rx WEEKDAY_PAIR = Rx.compile("\\b" + WEEKDAY + "\\s(?:and|to|through|-|–)\\s" + WEEKDAY + "\\b");
    private static final Rx WEEKDAY_ONE = Rx.compile("\\b(?:(last|next|this|on)\\s)?" + WEEKDAY + "\\b");
    private static final Rx MONTH_ONLY = Rx.compile("\\b(?:(in|since|by|until|till|from|during|of|last|next|this|early|late|mid|the\\send\\sof|end\\sof|the\\sbeginning\\sof|beginning\\sof|the\\sstart\\sof|start\\sof)[\\s-]{1,2}(?:(early|late|mid)[\\s-]{1,2})?)" + MONTH + "\\b(?!\\s\\d{1,2}(?:st|nd|rd|th)?\\b)(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Rx MONTH_YEAR = Rx.compile("\\b" + MONTH + ",?\\s((?:19|20)\\d{2})\\b");
    private static final Rx YEAR = Rx.compile("\\b(?:(?:in|since|by|until|from|during|of|a|the|early|late|mid|end\\sof|the\\send\\sof|start\\sof|the\\sstart\\sof)[\\s-]{1,2})(?:(early|late|mid)[\\s-]{1,2})?((?:19|20)\\d{2})\\b");
    private static final Rx FUTURE = Rx.compile("(?i)\\b(will|would|shall|to\\sbe\\sheld|is\\sset|are\\sset|set\\sto|expected|due|scheduled|planned|next|upcoming|to\\s(?:begin|start|open|conclude|end|resume|restart|close|hold|convene))\\b");
    /** How far before a date a "since" turns it to the past. */
    private static final int SINCE_REACH = 80;
    private final LocalDate published;
    private final RelativeDates relative;

    public DateResolver(LocalDate published) {
        this.published = published;
        this.relative = new RelativeDates(published);
    }

    /** The date phrases of a sentence, in text order, without overlaps (the longest wins). */
    public List<DateMention> find(String sentence) {
        List<int[]> windows = DateAnchors.windows(sentence);
        if (windows.isEmpty()) {
            return List.of();
        }
        boolean future = false;
        boolean tenseKnown = false;
        List<DateMention> all = new ArrayList<>();
        for (int[] w : windows) {
            int kinds = w[2];
            if (!tenseKnown && (kinds & (DateAnchors.MONTH_WORD | DateAnchors.WEEKDAY_WORD)) != 0) {
                future = FUTURE.matcher(sentence).find();
                tenseKnown = true;
            }
            if ((kinds & DateAnchors.DIGIT) != 0 && (kinds & DateAnchors.MONTH_WORD) != 0) {
                ranges(sentence, w, future, all);
                days(sentence, w, future, all);
            }
            if ((kinds & DateAnchors.WEEKDAY_WORD) != 0) {
                weekdays(sentence, w, future, all);
            }
            if ((kinds & DateAnchors.MONTH_WORD) != 0) {
                months(sentence, w, future, all);
            }
            if ((kinds & DateAnchors.YEAR_DIGITS) != 0) {
                years(sentence, w, all);
            }
            if ((kinds & DateAnchors.RELATIVE_WORD) != 0) {
                relative(sentence, w, all);
            }
        }
        return withoutOverlaps(all);
    }

    /**
     * Whether a date at {@code at} points forward: the sentence is in the future tense, and the date does
     * not stand in a clause after "since" with no future marker between ("The talks will be the first
     * since the three countries brokered a ceasefire in late December": December before publication).
     */
    private static boolean forward(String s, int at, boolean future) {
        if (!future) {
            return false;
        }
        int from = Math.max(0, at - SINCE_REACH);
        for (int k = at - 5; k >= from; k--) {
            if (s.regionMatches(true, k, "since", 0, 5) && (k == 0 || !Character.isLetter(s.charAt(k - 1)))
                    && (k + 5 >= s.length() || !Character.isLetter(s.charAt(k + 5)))) {
                return FUTURE.matcher(s).region(k, at).find();
            }
        }
        return true;
    }

    private static Rx.M matcher(Rx p, String s, int[] w) {
        return p.matcher(s).region(w[0], w[1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private void ranges(String s, int[] w, boolean future, List<DateMention> out) {
        Rx.M m = matcher(RANGE_MD, s, w);
        while (m.find()) {
            range(out, m, month(m.group(1)), m.group(2), m.group(3), m.group(4), forward(s, m.start(), future));
        }
        m = matcher(RANGE_DM, s, w);
        while (m.find()) {
            range(out, m, month(m.group(3)), m.group(1), m.group(2), m.group(4), forward(s, m.start(), future));
        }
    }

    private void range(List<DateMention> out, Rx.M m, Month month, String d1, String d2, String year, boolean future) {
        LocalDate a = dayOf(month, Integer.parseInt(d1), year, future);
        LocalDate b = a == null ? null : safeDay(a.getYear(), month, Integer.parseInt(d2));
        if (a != null && b != null && !b.isBefore(a)) {
            out.add(new DateMention(m.start(), m.end(), PartialDate.day(a), PartialDate.day(b), null));
        }
    }

    private void days(String s, int[] w, boolean future, List<DateMention> out) {
        Rx.M m = matcher(DAY_MD, s, w);
        while (m.find()) {
            LocalDate d = dayOf(month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), forward(s, m.start(), future));
            if (d != null) {
                out.add(new DateMention(m.start(), m.end(), PartialDate.day(d), null, null));
            }
        }
        m = matcher(DAY_DM, s, w);
        while (m.find()) {
            LocalDate d = dayOf(month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), forward(s, m.start(), future));
            if (d != null) {
                out.add(new DateMention(m.start(), m.end(), PartialDate.day(d), null, null));
            }
        }
    }

    private void weekdays(String s, int[] w, boolean future, List<DateMention> out) {
        Rx.M m = matcher(WEEKDAY_PAIR, s, w);
        while (m.find()) {
            LocalDate a = weekday(day(m.group(1)), future, null);
            LocalDate b = a.with(TemporalAdjusters.nextOrSame(day(m.group(2))));
            out.add(new DateMention(m.start(), m.end(), PartialDate.day(a), PartialDate.day(b), null));
        }
        m = matcher(WEEKDAY_ONE, s, w);
        while (m.find()) {
            LocalDate d = weekday(day(m.group(2)), future, m.group(1));
            out.add(new DateMention(m.start(), m.end(), PartialDate.day(d), null, null));
        }
    }

    private void months(String s, int[] w, boolean future, List<DateMention> out) {
        Rx.M m = matcher(MONTH_ONLY, s, w);
        while (m.find()) {
            String lead = m.group(1).toLowerCase(Locale.ROOT);
            boolean fwd = lead.equals("next") || (forward(s, m.start(), future) && !lead.equals("last") && !lead.equals("since"));
            YearMonth ym = monthOf(month(m.group(3)), m.group(4), fwd);
            out.add(new DateMention(m.start(), m.end(), new PartialDate(ym.atDay(1), DatePrecision.MONTH), null, null));
        }
        m = matcher(MONTH_YEAR, s, w);
        while (m.find()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
            out.add(new DateMention(m.start(), m.end(), new PartialDate(ym.atDay(1), DatePrecision.MONTH), null, null));
        }
    }

    private static void years(String s, int[] w, List<DateMention> out) {
        Rx.M m = matcher(YEAR, s, w);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            out.add(new DateMention(m.start(), m.end(), new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR),
                    null, null));
        }
    }

    private void relative(String s, int[] w, List<DateMention> out) {
        Rx.M m = matcher(RelativeDates.pattern(), s, w);
        while (m.find()) {
            DateMention d = relative.resolve(m);
            if (d != null) {
                out.add(d);
            }
        }
    }

    private LocalDate weekday(DayOfWeek day, boolean future, String lead) {
        String l = lead == null ? "" : lead.toLowerCase(Locale.ROOT);
        if (l.equals("last")) {
            return published.with(TemporalAdjusters.previous(day));
        }
        if (l.equals("next") || future) {
            return published.with(TemporalAdjusters.nextOrSame(day));
        }
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private LocalDate dayOf(Month month, int day, String year, boolean future) {
        if (year != null) {
            return safeDay(Integer.parseInt(year), month, day);
        }
        int y = published.getYear();
        LocalDate d = safeDay(y, month, day);
        if (d == null) {
            return null;
        }
        if (future && d.isBefore(published.minusDays(3))) {
            return safeDay(y + 1, month, day);
        }
        if (!future && d.isAfter(published.plusDays(3))) {
            return safeDay(y - 1, month, day);
        }
        return d;
    }

    private YearMonth monthOf(Month month, String year, boolean forward) {
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month);
        }
        YearMonth now = YearMonth.from(published);
        YearMonth ym = YearMonth.of(now.getYear(), month);
        if (forward && ym.isBefore(now)) {
            return ym.plusYears(1);
        }
        if (!forward && ym.isAfter(now)) {
            return ym.minusYears(1);
        }
        return ym;
    }

    private static LocalDate safeDay(int year, Month month, int day) {
        return day >= 1 && day <= month.length(java.time.Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() > 3 && !n.equals("sept") ? n : n.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static DayOfWeek day(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> all) {
        all.sort(Comparator.comparingInt((DateMention d) -> -(d.end() - d.begin())).thenComparingInt(DateMention::begin));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : all) {
            if (kept.stream().noneMatch(k -> k.begin() < d.end() && d.begin() < k.end())) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingInt(DateMention::begin));
        return kept;
    }
}
