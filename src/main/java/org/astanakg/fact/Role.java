package org.astanakg.fact;

/** The controlled vocabulary of the role an actor plays at an event; see {@code data/README.md}. */
public enum Role implements Slugged {
    GUARANTOR, PARTY, OBSERVER, MEDIATOR, HOST, ATTENDEE;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
