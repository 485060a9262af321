package org.astanakg.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import org.astanakg.fact.DatePrecision;
import org.astanakg.fact.PartialDate;

/**
 * Dates named relative to the publication day: "last week", "this month", "the end of last year",
 * "yesterday", "days after", "two years ago", "a year on from".
 */
final class RelativeDates {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final String NUMBER = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|\\d{1,2})";
    private static final Rx RELATIVE = Rx.compile("(?i)\\b(last\\sweek|this\\sweek|next\\sweek|earlier\\sthis\\smonth|this\\smonth|last\\smonth|next\\smonth|(?:the\\s)?end\\sof\\slast\\syear|(?:the\\s)?start\\sof\\s(?:the|this)\\syear|last\\syear|this\\syear|next\\syear|yesterday|today|tomorrow|(?:a\\sfew\\s|several\\s|just\\s)?days\\s(?:after|ago|earlier)|" + NUMBER
            + "\\s(year|month|week|day)s?\\s(?:ago|on\\sfrom|on\\ssince))\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private final LocalDate published;

    RelativeDates(LocalDate published) {
        this.published = published;
    }

    /** The pattern of relative phrases; group 1 is the phrase. */
    static Rx pattern() {
        return RELATIVE;
    }

    /** The date a relative phrase names, or null. */
    DateMention resolve(Rx.M m) {
        String p = SPACES.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
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

    private static DateMention at(Rx.M m, PartialDate start, PartialDate end, String qualifier) {
        return new DateMention(m.start(), m.end(), start, end, qualifier);
    }

    private static PartialDate month(YearMonth ym) {
        return new PartialDate(ym.atDay(1), DatePrecision.MONTH);
    }

    private static PartialDate year(int y) {
        return new PartialDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR);
    }

}
