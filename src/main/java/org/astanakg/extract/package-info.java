/**
 * Rules that read an article's sentences and emit facts: rounds and their dates and venue, roles,
 * alignments, sourced figures, zones, other events, people, topics and statements. Each rule class
 * reads the {@link org.astanakg.extract.Context} and pushes facts into a {@link org.astanakg.extract.FactSink};
 * {@link org.astanakg.extract.Extractor} runs them in order and returns the article's facts.
 */
package org.astanakg.extract;
