package org.astanakg.eval;

/**
 * Counts for one fact type: facts in the gold, facts found, and found facts that are in the gold.
 *
 * @param gold  number of gold keys
 * @param found number of extracted keys
 * @param hits  keys in both
 */
public record Score(int gold, int found, int hits) {

    /** The sum of two scores. */
    public Score plus(Score other) {
        return new Score(gold + other.gold, found + other.found, hits + other.hits);
    }

    public double precision() {
        return found == 0 ? (gold == 0 ? 1 : 0) : (double) hits / found;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) hits / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
