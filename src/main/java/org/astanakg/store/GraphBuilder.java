package org.astanakg.store;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.ArticleFactsReader;
import org.astanakg.fact.RoundFact;
import org.astanakg.map.FactMapper;
import org.astanakg.map.Iris;
import org.astanakg.map.Prefixes;
import org.astanakg.map.RegistryMapper;
import org.astanakg.map.RoundIdentity;
import org.astanakg.map.RoundResolver;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.astanakg.validate.GraphValidator;
import org.astanakg.validate.Report;

/**
 * Builds the knowledge graph: reads and checks every input, maps it into an in-memory dataset in
 * one transaction, and validates the union of its graphs. Any failure leaves nothing behind.
 */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    /** Reads, maps and validates; throws {@link NonConformingException} when SHACL says no. */
    public static KnowledgeGraph build(BuildInput input) {
        Registry registry = RegistryReader.read(input.registry());
        List<ArticleFacts> articles = new ArticleFactsReader(registry).readFolder(input.articles());
        requireProcess(registry, articles, input);
        Graph ontology = RdfFiles.parse(input.ontology());
        GraphValidator validator = GraphValidator.load(input.shapes());
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Map<String, RoundIdentity> rounds = RoundResolver.resolve(articles);
        Txn.executeWrite(dataset, () -> {
            dataset.prefixes().putAll(Prefixes.map());
            dataset.addGraph(Iris.ONTOLOGY_GRAPH, ontology);
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            sink.start();
            RegistryMapper.map(registry, sink);
            articles.forEach(a -> RegistryMapper.map(a.entities(), sink));
            articles.forEach(a -> FactMapper.map(a, rounds, sink));
            RoundResolver.mapInferred(articles, rounds, sink);
            sink.finish();
        });
        Report report = Txn.calculateRead(dataset, () -> validator.validate(dataset.getUnionGraph()));
        if (!report.conforms()) {
            throw new NonConformingException(report);
        }
        return new KnowledgeGraph(dataset, registry, articles, report);
    }

    private static void requireProcess(Registry registry, List<ArticleFacts> articles, BuildInput input) {
        boolean anyRound = articles.stream().anyMatch(a -> !a.facts(RoundFact.class).isEmpty());
        if (anyRound && !registry.contains(FactMapper.ASTANA_PROCESS)) {
            throw new InputException(SourceLocation.of(input.registry()), "entities: the registry must have the "
                    + "PeaceProcess '" + FactMapper.ASTANA_PROCESS + "' that every round is part of");
        }
    }
}
