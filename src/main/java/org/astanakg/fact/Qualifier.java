package org.astanakg.fact;

/** The controlled vocabulary of how exact a figure is said to be ("nearly", "more than"); see {@code data/README.md}. */
public enum Qualifier implements Slugged {
    NEARLY, MORE_THAN, ABOUT, ESTIMATED, AT_LEAST, EXACTLY;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
