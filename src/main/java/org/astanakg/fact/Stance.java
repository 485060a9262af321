package org.astanakg.fact;

/** The controlled vocabulary of how one actor stands towards another; see {@code data/README.md}. */
public enum Stance implements Slugged {
    SUPPORTS, OPPOSES, DEMANDS_OUSTER_OF;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
