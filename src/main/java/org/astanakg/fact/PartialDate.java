package org.astanakg.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a day, a month or a year, as news reports give them ("on Tuesday", "in May",
 * "in 2016"). Stored as the first day of the period with its precision, the way Wikidata stores
 * time values, so that dates of any precision compare in SPARQL.
 *
 * @param first     the first day of the period
 * @param precision how much of {@code first} is known
 */
public record PartialDate(LocalDate first, DatePrecision precision) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** A date known to the day. */
    public static PartialDate day(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    /**
     * Parses {@code 2017-10-30}, {@code 2017-05} or {@code 2017}; empty when the text has another
     * form or names an impossible date (2017-02-30).
     */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH));
            }
            return Optional.of(day(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last day of the period. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(PartialDate other) {
        return !first.isAfter(other.last()) && !other.first.isAfter(last());
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDate = first.compareTo(other.first);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }

    /** The form the facts files use: {@code 2017-10-30}, {@code 2017-05} or {@code 2017}. */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            case YEAR -> first.toString().substring(0, 4);
        };
    }
}
