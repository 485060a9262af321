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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String NUMBER = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|\\d{1,2})";
    private static final Pattern RANGE_MD = Pattern.compile("\\b" + MONTH + "\\s(\\d{1,2})\\s?(?:-|–|to|and)\\s?(\\d{1,2})\\b(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Pattern RANGE_DM = Pattern.compile("\\b(\\d{1,2})\\s?(?:-|–|to|and)\\s?(\\d{1,2})\\s" + MONTH + "(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Pattern DAY_MD = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s)?" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Pattern DAY_DM = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s)?(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + MONTH + "(?:,?\\s?-?((?:19|20)\\d{2})\\b)?");
    private static final Pattern WEEKDAY_PAIR = Pattern.compile("\\b" + WEEKDAY + "\\s(?:and|to|through|-|–)\\s" + WEEKDAY + "\\b");
    private static final Pattern WEEKDAY_ONE = Pattern.compile("\\b(?:(last|next|this|on)\\s)?" + WEEKDAY + "\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:(in|since|by|until|till|from|during|of|last|next|this|early|late|mid|the\\send\\sof|end\\sof|the\\sbeginning\\sof|beginning\\sof|the\\sstart\\sof|start\\sof)[\\s-]{1,2}(?:(early|late|mid)[\\s-]{1,2})?)" + MONTH + "\\b(?:,?\\s((?:19|20)\\d{2})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:(?:in|since|by|until|from|during|of|a|the|early|late|mid|end\\sof|the\\send\\sof|start\\sof|the\\sstart\\sof)[\\s-]{1,2})(?:(early|late|mid)[\\s-]{1,2})?((?:19|20)\\d{2})\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(last\\sweek|this\\sweek|next\\sweek|earlier\\sthis\\smonth|this\\smonth|last\\smonth|next\\smonth|(?:the\\s)?end\\sof\\slast\\syear|(?:the\\s)?start\\sof\\s(?:the|this)\\syear|last\\syear|this\\syear|next\\syear|yesterday|today|tomorrow|(?:a\\sfew\\s|several\\s|just\\s)?days\\s(?:after|ago|earlier)|" + NUMBER
            + "\\s(year|month|week|day)s?\\s(?:ago|on\\sfrom|on\\ssince))\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|shall|to\\sbe\\sheld|is\\sset|are\\sset|set\\sto|expected|due|scheduled|planned|next|upcoming|to\\s(?:begin|start|open|conclude|end|resume|restart|close|hold|convene))\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private static final int WINDOW = 40;
    private static final int DIGIT = 1;
    private static final int MONTH_WORD = 2;
    private static final int WEEKDAY_WORD = 4;
    private static final int RELATIVE_WORD = 8;
    private static final int YEAR_DIGITS = 16;
    private static final Map<String, Integer> ANCHORS = anchors();
    private static final String ANCHOR_INITIALS = "jfmasondtwy";

    private final LocalDate published;

    public DateResolver(LocalDate published) {
        this.published = published;
    }

    /** The date phrases of a sentence, in text order, without overlaps (the longest wins). */
    public List<DateMention> find(String sentence) {
        List<int[]> windows = windows(sentence);
        if (windows.isEmpty()) {
            return List.of();
        }
        boolean future = false;
        boolean tenseKnown = false;
        List<DateMention> all = new ArrayList<>();
        for (int[] w : windows) {
            int kinds = w[2];
            if (!tenseKnown && (kinds & (MONTH_WORD | WEEKDAY_WORD)) != 0) {
                future = FUTURE.matcher(sentence).find();
                tenseKnown = true;
            }
            if ((kinds & DIGIT) != 0 && (kinds & MONTH_WORD) != 0) {
                ranges(sentence, w, future, all);
                days(sentence, w, future, all);
            }
            if ((kinds & WEEKDAY_WORD) != 0) {
                weekdays(sentence, w, future, all);
            }
            if ((kinds & MONTH_WORD) != 0) {
                months(sentence, w, future, all);
            }
            if ((kinds & YEAR_DIGITS) != 0) {
                years(sentence, w, all);
            }
            if ((kinds & RELATIVE_WORD) != 0) {
                relative(sentence, w, all);
            }
        }
        return withoutOverlaps(all);
    }

    /**
     * The stretches of the sentence worth matching: a few words around each digit, month, weekday or
     * word of time ("week", "year", "ago"). Most sentences have none and cost one scan.
     */
    private static List<int[]> windows(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int kind = Character.isDigit(c) ? digits(s, start, i)
                    : i - start >= 3 && i - start <= 9 && ANCHOR_INITIALS.indexOf(Character.toLowerCase(c)) >= 0
                    ? ANCHORS.getOrDefault(s.substring(start, i).toLowerCase(Locale.ROOT), 0) : 0;
            if (kind != 0) {
                int from = Math.max(0, start - WINDOW);
                int to = Math.min(n, i + WINDOW);
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last[1] >= from) {
                    last[1] = to;
                    last[2] |= kind;
                } else {
                    out.add(new int[] {from, to, kind});
                }
            }
        }
        return out;
    }

    /** A day number (one or two digits), a year (19xx, 20xx), or nothing a date needs. */
    private static int digits(String s, int start, int end) {
        int n = end - start;
        if (n <= 2) {
            return DIGIT;
        }
        if (n == 4 && (s.startsWith("19", start) || s.startsWith("20", start))) {
            return YEAR_DIGITS;
        }
        return 0;
    }

    private static Map<String, Integer> anchors() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : new String[] {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december"}) {
            m.put(w, MONTH_WORD);
        }
        for (String w : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
            m.put(w, WEEKDAY_WORD);
        }
        for (String w : new String[] {"week", "weeks", "month", "months", "year", "years", "ago", "yesterday", "today",
            "tomorrow", "day", "days"}) {
            m.put(w, RELATIVE_WORD);
        }
        return Map.copyOf(m);
    }

    private static Matcher matcher(Pattern p, String s, int[] w) {
        return p.matcher(s).region(w[0], w[1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private void ranges(String s, int[] w, boolean future, List<DateMention> out) {
        Matcher m = matcher(RANGE_MD, s, w);
        while (m.find()) {
            range(out, m, month(m.group(1)), m.group(2), m.group(3), m.group(4), future);
        }
        m = matcher(RANGE_DM, s, w);
        while (m.find()) {
            range(out, m, month(m.group(3)), m.group(1), m.group(2), m.group(4), future);
        }
    }

    private void range(List<DateMention> out, Matcher m, Month month, String d1, String d2, String year, boolean future) {
        LocalDate a = dayOf(month, Integer.parseInt(d1), year, future);
        LocalDate b = a == null ? null : safeDay(a.getYear(), month, Integer.parseInt(d2));
        if (a != null && b != null && !b.isBefore(a)) {
            out.add(new DateMention(m.start(), m.end(), PartialDate.day(a), PartialDate.day(b), null));
        }
    }

    private void days(String s, int[] w, boolean future, List<DateMention> out) {
        Matcher m = matcher(DAY_MD, s, w);
        while (m.find()) {
            LocalDate d = dayOf(month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), future);
            if (d != null) {
                out.add(new DateMention(m.start(), m.end(), PartialDate.day(d), null, null));
            }
        }
        m = matcher(DAY_DM, s, w);
        while (m.find()) {
            LocalDate d = dayOf(month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), future);
            if (d != null) {
                out.add(new DateMention(m.start(), m.end(), PartialDate.day(d), null, null));
            }
        }
    }

    private void weekdays(String s, int[] w, boolean future, List<DateMention> out) {
        Matcher m = matcher(WEEKDAY_PAIR, s, w);
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
        Matcher m = matcher(MONTH_ONLY, s, w);
        while (m.find()) {
            String lead = m.group(1).toLowerCase(Locale.ROOT);
            boolean fwd = lead.equals("next") || (future && !lead.equals("last") && !lead.equals("since"));
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
        Matcher m = matcher(YEAR, s, w);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            out.add(new DateMention(m.start(), m.end(), new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR),
                    null, null));
        }
    }

    private void relative(String s, int[] w, List<DateMention> out) {
        Matcher m = matcher(RELATIVE, s, w);
        while (m.find()) {
            DateMention d = relative(m);
            if (d != null) {
                out.add(d);
            }
        }
    }

    private DateMention relative(Matcher m) {
        String p = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        YearMonth ym = YearMonth.from(published);
        int y = published.getYear();
        if (m.group(3) != null) {
            int n = NUMBERS.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), -1);
            if (n < 0) {
                n = Integer.parseInt(m.group(2));
            }
            return switch (m.group(3).toLowerCase(Locale.ROOT)) {
                case "year" -> at(m, month(ym.minusYears(n)), null, "about");
                case "month" -> at(m, month(ym.minusMonths(n)), null, "about");
                case "week" -> at(m, PartialDate.day(published.minusWeeks(n)), null, "about");
                default -> at(m, PartialDate.day(published.minusDays(n)), null, null);
            };
        }
        if (p.endsWith("days after") || p.endsWith("days ago") || p.endsWith("days earlier")) {
            return at(m, PartialDate.day(published), null, "before");
        }
        if (p.startsWith("last week")) {
            return at(m, PartialDate.day(monday.minusWeeks(1)), PartialDate.day(monday.minusDays(1)), null);
        }
        if (p.startsWith("this week")) {
            return at(m, PartialDate.day(monday), PartialDate.day(monday.plusDays(6)), null);
        }
        if (p.startsWith("next week")) {
            return at(m, PartialDate.day(monday.plusWeeks(1)), PartialDate.day(monday.plusDays(13)), null);
        }
        if (p.endsWith("this month")) {
            return at(m, month(ym), null, null);
        }
        if (p.equals("last month")) {
            return at(m, month(ym.minusMonths(1)), null, null);
        }
        if (p.equals("next month")) {
            return at(m, month(ym.plusMonths(1)), null, null);
        }
        if (p.endsWith("end of last year")) {
            return at(m, month(YearMonth.of(y - 1, 12)), null, null);
        }
        if (p.endsWith("of the year") || p.endsWith("of this year")) {
            return at(m, month(YearMonth.of(y, 1)), null, null);
        }
        return switch (p) {
            case "last year" -> at(m, year(y - 1), null, null);
            case "this year" -> at(m, year(y), null, null);
            case "next year" -> at(m, year(y + 1), null, null);
            case "yesterday" -> at(m, PartialDate.day(published.minusDays(1)), null, null);
            case "today" -> at(m, PartialDate.day(published), null, null);
            case "tomorrow" -> at(m, PartialDate.day(published.plusDays(1)), null, null);
            default -> null;
        };
    }

    private static DateMention at(Matcher m, PartialDate start, PartialDate end, String qualifier) {
        return new DateMention(m.start(), m.end(), start, end, qualifier);
    }

    private static PartialDate month(YearMonth ym) {
        return new PartialDate(ym.atDay(1), DatePrecision.MONTH);
    }

    private static PartialDate year(int y) {
        return new PartialDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR);
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
