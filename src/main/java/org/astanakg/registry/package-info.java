/**
 * The entity registry: every actor, person, place, zone and process the graph knows, with labels,
 * aliases, coordinates and verified Wikidata identifiers, read from {@code data/registry.yaml}.
 */
package org.astanakg.registry;
