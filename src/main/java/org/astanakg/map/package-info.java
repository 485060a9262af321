/**
 * Mapping: article facts and registry entities to quads under the Astana KG ontology. IRIs are
 * minted in {@link org.astanakg.map.Iris} only; terms live in {@link org.astanakg.map.AK}.
 */
package org.astanakg.map;
