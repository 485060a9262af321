package org.astanakg.fact;

/** The controlled vocabulary of an item on the agenda of a round; see {@code data/README.md}. */
public enum Topic implements Slugged {
    CEASEFIRE, POLITICAL_SETTLEMENT, DEESCALATION_ZONES, ZONE_BOUNDARIES, ZONE_POLICING, PRISONER_RELEASE, HUMANITARIAN_AID, TRANSFER_OF_BODIES, MISSING_PERSONS, BUFFER_ZONES, IDLIB_TRUCE, REFUGEE_RETURN, RECONSTRUCTION, CONSTITUTIONAL_COMMITTEE;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
