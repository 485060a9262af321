/**
 * Exports of the built graph: one {@link org.astanakg.export.Exporter} per format behind one
 * interface. RDF (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML), property graphs (GraphML,
 * Neo4j import CSVs), spreadsheet tables, QuickStatements for Wikidata editors, and the dataset's
 * own description (VoID, DCAT and a SPARQL service description). Every output is stable: the same
 * graph always gives byte-identical files (everything is sorted; blank nodes get labels computed
 * from what they hold).
 */
package org.astanakg.export;
