/**
 * Measuring the extractor against curated article facts: per fact type, the facts of each article are
 * reduced to keys on their defining fields ({@link org.astanakg.eval.FactKeys}) and compared as sets,
 * giving precision, recall and F1 with the lists of misses and false finds.
 */
package org.astanakg.eval;
