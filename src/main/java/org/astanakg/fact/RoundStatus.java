package org.astanakg.fact;

/** The controlled vocabulary of whether an article reports a round as its subject or mentions it in passing; see {@code data/README.md}. */
public enum RoundStatus implements Slugged {
    REPORTED, MENTIONED;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
