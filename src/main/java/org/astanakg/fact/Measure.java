package org.astanakg.fact;

/** The controlled vocabulary of what a sourced figure counts; see {@code data/README.md}. */
public enum Measure implements Slugged {
    DEATHS, DISPLACED, WOUNDED, MALNOURISHED_CHILDREN, CHILDREN_AT_RISK_OF_MALNUTRITION, POPULATION, DELEGATION_SIZE, TERRITORY_SHARE, ZONE_COUNT, PROVINCES_COVERED;

    @Override
    public String slug() {
        return Slugged.of(this);
    }
}
