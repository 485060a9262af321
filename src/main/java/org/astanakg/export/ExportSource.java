package org.astanakg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.astanakg.map.Iris;
import org.astanakg.map.Prefixes;

/**
 * What an exporter reads: the dataset (one named graph per article, the registry and the ontology)
 * and the settings its description is made with. The sorted, stably labelled quads are computed
 * once and shared by every exporter that asks.
 */
public final class ExportSource {
    /** The named graph the dumps that keep graphs (TriG, N-Quads) put the dataset description in. */
    public static final Node DESCRIPTION_GRAPH = NodeFactory.createURI(Iris.GRAPH + "void");

    private final DatasetGraph dataset;
    private final DescriptionSettings settings;
    private List<Quad> quads;
    private Graph description;

    public ExportSource(DatasetGraph dataset, DescriptionSettings settings) {
        this.dataset = dataset;
        this.settings = settings;
    }

    /** The dataset itself, for exporters that query it. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The settings the description is made with. */
    public DescriptionSettings settings() {
        return settings;
    }

    /** Every quad of the dataset, sorted, blank nodes stably labelled. */
    public synchronized List<Quad> quads() {
        if (quads == null) {
            List<Quad> all = Txn.calculateRead(dataset, () -> {
                List<Quad> list = new ArrayList<>();
                dataset.find().forEachRemaining(list::add);
                return list;
            });
            List<Quad> labelled = new ArrayList<>(BlankNodeLabels.relabel(all));
            labelled.sort(NodeOrder.QUADS);
            quads = List.copyOf(labelled);
        }
        return quads;
    }

    /** {@link #quads()} followed by the dataset description in {@link #DESCRIPTION_GRAPH}. */
    public List<Quad> quadsWithDescription() {
        List<Quad> out = new ArrayList<>(quads());
        List<Quad> described = new ArrayList<>();
        description().find().forEachRemaining(t -> described.add(Quad.create(DESCRIPTION_GRAPH, t)));
        described.sort(NodeOrder.QUADS);
        out.addAll(described);
        out.sort(NodeOrder.QUADS);
        return out;
    }

    /** The distinct triples of all graphs together (the union graph the endpoint answers from), sorted. */
    public List<Triple> unionTriples() {
        TreeSet<Triple> set = new TreeSet<>(NodeOrder.TRIPLES);
        quads().forEach(q -> set.add(q.asTriple()));
        return List.copyOf(set);
    }

    /** The dataset's VoID, DCAT and SPARQL service description. */
    public synchronized Graph description() {
        if (description == null) {
            description = DatasetDescription.describe(dataset, settings);
        }
        return description;
    }

    /** The prefixes exports abbreviate with: the project's, the ontology's vocabularies, and the description's. */
    public static PrefixMap prefixes() {
        PrefixMap map = Prefixes.map();
        VOCABULARIES.forEach(map::add);
        DatasetDescription.PREFIXES.forEach(map::add);
        return map;
    }

    /** The controlled vocabularies, with the prefixes {@code ontology/astana.ttl} gives them. */
    private static final Map<String, String> VOCABULARIES = Map.of("stance", Iris.VOCAB + "stance/",
            "qual", Iris.VOCAB + "qualifier/", "topic", Iris.VOCAB + "topic/", "term", Iris.VOCAB + "term/",
            "prec", Iris.VOCAB + "precision/", "wdt", "http://www.wikidata.org/prop/direct/");
}
