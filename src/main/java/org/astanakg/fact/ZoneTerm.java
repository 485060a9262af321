package org.astanakg.fact;

/** The controlled vocabulary of a term of a de-escalation zone agreement; see {@code data/README.md}. */
public enum ZoneTerm implements Slugged {
    HALT_AIR_RAIDS, HALT_HOSTILITIES, JOINT_POLICING, MILITARY_POLICE_DEPLOYMENT, HUMANITARIAN_ACCESS;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
