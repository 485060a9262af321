/**
 * Links registry entities to Wikidata. Offline, the registry's verified QIDs are the links
 * ({@code skos:exactMatch}); online, {@link org.astanakg.link.Linker} asks Wikidata
 * ({@code wbsearchentities}, {@code wbgetentities}) through the {@link org.astanakg.link.WikidataClient}
 * interface for candidates for the entities without one, and {@link org.astanakg.link.CandidateScorer}
 * scores them. Nothing is written to the registry unless the user accepts.
 */
package org.astanakg.link;
