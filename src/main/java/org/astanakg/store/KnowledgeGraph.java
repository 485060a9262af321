package org.astanakg.store;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.registry.Registry;
import org.astanakg.validate.Report;

/**
 * A built, validated graph: the dataset (one named graph per article, plus the registry and the
 * ontology), what it was built from, and the SHACL report.
 *
 * @param dataset  the quads
 * @param registry the registry it was built with
 * @param articles the article facts it was built from
 * @param report   the SHACL validation report (conforming, or the build would have failed)
 */
public record KnowledgeGraph(DatasetGraph dataset, Registry registry, List<ArticleFacts> articles, Report report) {
}
