package org.astanakg.fact;

/** The controlled vocabulary of how precisely a date is known; see {@code data/README.md}. */
public enum DatePrecision implements Slugged {
    DAY, MONTH, YEAR;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
