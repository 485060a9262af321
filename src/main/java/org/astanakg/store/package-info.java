/**
 * The dataset: the ontology, the registry and every article's facts, each in its own named graph,
 * built in memory inside one transaction and optionally written to a TDB2 store.
 */
package org.astanakg.store;
