/**
 * Article facts: one immutable record per kind of fact, each carrying its {@link org.astanakg.fact.Evidence},
 * and the controlled vocabularies their fields take. {@link org.astanakg.fact.ArticleFactsReader} reads
 * them from the project's YAML format (see {@code data/README.md}).
 */
package org.astanakg.fact;
