/**
 * Validation of the built graph against the SHACL shapes in {@code ontology/shapes.ttl}: the result is
 * a report to print or save, never a silent pass.
 */
package org.astanakg.validate;
