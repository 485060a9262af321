package org.astanakg.fact;

/** The kinds of event other than a talk round; each maps to an ontology class of the same name. */
public enum EventKind implements Slugged {
    TALKS("Talks"), CONGRESS("Congress"), AGREEMENT("Agreement"), CEASEFIRE("Ceasefire"), TRUCE("Truce"),
    AIRSTRIKE("Airstrike"), ATTACK("Attack"), CHEMICAL_ATTACK("ChemicalAttack"), SHELLING("Shelling"),
    WITHDRAWAL("Withdrawal"), MILITARY_INTERVENTION("MilitaryIntervention"),
    MILITARY_OPERATION("MilitaryOperation"), RECONCILIATION("Reconciliation"), SHOOTDOWN("Shootdown");

    private final String className;

    EventKind(String className) {
        this.className = className;
    }

    /** The local name of the ontology class for this kind. */
    public String className() {
        return className;
    }

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
