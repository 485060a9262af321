package org.astanakg.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.astanakg.map.AK;
import org.astanakg.map.Iris;
import org.astanakg.map.Vocab;
import org.astanakg.store.KnowledgeGraph;

/**
 * Describes the dataset for search engines and catalogues, as one graph: VoID (size, classes,
 * graphs, vocabularies, example resources, endpoint, dumps), DCAT (the dataset, its distributions
 * and the SPARQL service) and a SPARQL 1.1 Service Description of the endpoint. The counts are
 * those of the dataset itself, without this description. No blank nodes: every resource has an
 * IRI under {@code https://w3id.org/astana-kg/dataset}.
 */
public final class DatasetDescription {
    /** The dataset's IRI. */
    public static final Node DATASET = NodeFactory.createURI(Iris.BASE + "dataset");
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The prefixes of the description's vocabularies. */
    public static final Map<String, String> PREFIXES = Map.of("void", VOID, "dcat", DCAT, "dcterms", DCTERMS,
            "sd", SD, "formats", FORMATS);

    /**
     * A dump the description lists.
     *
     * @param file      its file name
     * @param format    its W3C format IRI's local name
     * @param mediaType its media type
     */
    record Dump(String file, String format, String mediaType) {
    }

    /** The RDF dumps an {@code export} of every format writes, and the description lists. */
    static final List<Dump> DUMPS = List.of(new Dump("astana.trig", "TriG", "application/trig"),
            new Dump("astana.nq", "N-Quads", "application/n-quads"),
            new Dump("astana.ttl", "Turtle", "text/turtle"),
            new Dump("astana.nt", "N-Triples", "application/n-triples"),
            new Dump("astana.jsonld", "JSON-LD", "application/ld+json"),
            new Dump("astana.rdf", "RDF_XML", "application/rdf+xml"));

    private final Graph out = GraphFactory.createDefaultGraph();
    private final DescriptionSettings settings;

    private DatasetDescription(DescriptionSettings settings) {
        this.settings = settings;
    }

    /** The description of a built graph published at {@code baseUrl}. */
    public static Graph describe(KnowledgeGraph graph, String baseUrl) {
        return describe(graph.dataset(), DescriptionSettings.of(baseUrl));
    }

    /** The description of {@code dataset} published as {@code settings} say. */
    public static Graph describe(DatasetGraph dataset, DescriptionSettings settings) {
        DatasetDescription d = new DatasetDescription(settings);
        Txn.executeRead(dataset, () -> d.run(dataset));
        return d.out;
    }

    private void run(DatasetGraph dataset) {
        Set<Triple> union = new HashSet<>();
        Map<Node, Long> perGraph = new TreeMap<>(NodeOrder.NODES);
        dataset.find().forEachRemaining(q -> {
            union.add(q.asTriple());
            perGraph.merge(q.getGraph(), 1L, Long::sum);
        });
        dataset();
        counts(union);
        graphs(dataset, perGraph);
        distributions();
        service(union.size(), perGraph.keySet());
    }

    private void dataset() {
        add(DATASET, Vocab.TYPE, uri(VOID + "Dataset"));
        add(DATASET, Vocab.TYPE, uri(DCAT + "Dataset"));
        add(DATASET, uri(DCTERMS + "title"), en("Astana KG"));
        add(DATASET, uri(DCTERMS + "description"), en("A knowledge graph of the Astana peace process on Syria "
                + "(2017 onwards): rounds of talks, the actors taking part and their roles, who backs whom, "
                + "de-escalation zones and sourced figures, each fact linked to the sentence of the news "
                + "article that states it."));
        add(DATASET, uri(DCTERMS + "license"), uri(settings.license()));
        add(DATASET, uri(DCTERMS + "conformsTo"), uri("https://w3id.org/astana-kg/ontology"));
        add(DATASET, uri(DCTERMS + "spatial"), Vocab.wikidata("Q858"));
        for (String k : List.of("Syria", "Astana talks", "peace process", "de-escalation zones", "knowledge graph")) {
            add(DATASET, uri(DCAT + "keyword"), en(k));
        }
        add(DATASET, uri(DCAT + "landingPage"), uri(settings.baseUrl()));
        add(DATASET, uri(VOID + "sparqlEndpoint"), uri(settings.endpoint()));
        add(DATASET, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Iris.ID));
        for (String v : List.of(AK.NS, Vocab.SKOS, Vocab.SCHEMA, Vocab.PROV, Vocab.OA, Vocab.WGS84, Vocab.RDFS)) {
            add(DATASET, uri(VOID + "vocabulary"), uri(v));
        }
        DUMPS.forEach(d -> add(DATASET, uri(VOID + "dataDump"), uri(settings.dump(d.file()))));
    }

    private void counts(Set<Triple> union) {
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        Map<Node, Set<Node>> classes = new TreeMap<>(NodeOrder.NODES);
        TreeSet<Node> entities = new TreeSet<>(NodeOrder.NODES);
        for (Triple t : union) {
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.add(t.getPredicate());
            if (t.getPredicate().equals(Vocab.TYPE)) {
                classes.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Iris.ID)) {
                entities.add(t.getSubject());
            }
        }
        add(DATASET, uri(VOID + "triples"), integer(union.size()));
        add(DATASET, uri(VOID + "entities"), integer(entities.size()));
        add(DATASET, uri(VOID + "distinctSubjects"), integer(subjects.size()));
        add(DATASET, uri(VOID + "distinctObjects"), integer(objects.size()));
        add(DATASET, uri(VOID + "properties"), integer(properties.size()));
        add(DATASET, uri(VOID + "classes"), integer(classes.size()));
        classes.forEach((cls, members) -> {
            if (cls.isURI()) {
                Node partition = uri(DATASET.getURI() + "/class/" + slug(cls.getURI()));
                add(DATASET, uri(VOID + "classPartition"), partition);
                add(partition, uri(VOID + "class"), cls);
                add(partition, uri(VOID + "entities"), integer(members.size()));
            }
        });
        for (Node cls : List.of(AK.TalkRound, AK.Participation, AK.Alignment, AK.Claim, AK.NewsArticle)) {
            classes.getOrDefault(cls, Set.of()).stream().filter(Node::isURI).min(NodeOrder.NODES)
                    .ifPresent(example -> add(DATASET, uri(VOID + "exampleResource"), example));
        }
    }

    private void graphs(DatasetGraph dataset, Map<Node, Long> perGraph) {
        perGraph.forEach((g, n) -> {
            if (!g.isURI() || Quad.isDefaultGraph(g)) {
                return;
            }
            Node named = namedGraph(g);
            Node graph = uri(named.getURI() + "#graph");
            add(DATASET, uri(VOID + "subset"), graph);
            add(graph, Vocab.TYPE, uri(VOID + "Dataset"));
            add(graph, Vocab.TYPE, uri(SD + "Graph"));
            add(graph, uri(VOID + "triples"), integer(n));
            dataset.find(g, null, Vocab.SCHEMA_URL, null).forEachRemaining(q -> {
                add(DATASET, uri(DCTERMS + "source"), q.getObject());
                add(graph, uri(DCTERMS + "source"), q.getObject());
            });
            add(named, Vocab.TYPE, uri(SD + "NamedGraph"));
            add(named, uri(SD + "name"), g);
            add(named, uri(SD + "graph"), graph);
        });
    }

    private void distributions() {
        for (Dump d : DUMPS) {
            Node dist = uri(DATASET.getURI() + "/distribution/" + d.file().replace('.', '-'));
            add(DATASET, uri(DCAT + "distribution"), dist);
            add(dist, Vocab.TYPE, uri(DCAT + "Distribution"));
            add(dist, uri(DCTERMS + "title"), en("Astana KG as " + d.format().replace('_', '/')));
            add(dist, uri(DCAT + "downloadURL"), uri(settings.dump(d.file())));
            add(dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + d.mediaType()));
            add(dist, uri(DCTERMS + "format"), uri(FORMATS + d.format()));
            add(dist, uri(DCTERMS + "license"), uri(settings.license()));
        }
    }

    private void service(long triples, Set<Node> graphs) {
        Node service = uri(DATASET.getURI() + "/service");
        Node sdDataset = uri(DATASET.getURI() + "/service/dataset");
        Node defaultGraph = uri(DATASET.getURI() + "/service/default-graph");
        add(DATASET, uri(DCAT + "distribution"), uri(DATASET.getURI() + "/distribution/sparql"));
        Node sparqlDist = uri(DATASET.getURI() + "/distribution/sparql");
        add(sparqlDist, Vocab.TYPE, uri(DCAT + "Distribution"));
        add(sparqlDist, uri(DCAT + "accessURL"), uri(settings.endpoint()));
        add(sparqlDist, uri(DCAT + "accessService"), service);
        add(service, Vocab.TYPE, uri(SD + "Service"));
        add(service, Vocab.TYPE, uri(DCAT + "DataService"));
        add(service, uri(DCTERMS + "title"), en("Astana KG SPARQL endpoint (read-only)"));
        add(service, uri(DCAT + "endpointURL"), uri(settings.endpoint()));
        add(service, uri(DCAT + "servesDataset"), DATASET);
        add(service, uri(DCTERMS + "conformsTo"), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(service, uri(SD + "endpoint"), uri(settings.endpoint()));
        add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        add(service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD")) {
            add(service, uri(SD + "resultFormat"), uri(FORMATS + f));
        }
        add(service, uri(SD + "defaultDataset"), sdDataset);
        add(sdDataset, Vocab.TYPE, uri(SD + "Dataset"));
        add(sdDataset, uri(SD + "defaultGraph"), defaultGraph);
        add(defaultGraph, Vocab.TYPE, uri(SD + "Graph"));
        add(defaultGraph, uri(VOID + "triples"), integer(triples));
        add(defaultGraph, uri(DCTERMS + "description"), en("The union of all named graphs."));
        graphs.stream().filter(g -> g.isURI() && !Quad.isDefaultGraph(g))
                .forEach(g -> add(sdDataset, uri(SD + "namedGraph"), namedGraph(g)));
    }

    private static Node namedGraph(Node g) {
        String iri = g.getURI();
        String local = iri.startsWith(Iris.GRAPH) ? iri.substring(Iris.GRAPH.length()) : slug(iri);
        return uri(DATASET.getURI() + "/graph/" + local);
    }

    /** A class or graph IRI as a path segment: {@code ak-TalkRound}, or a hash when no prefix fits. */
    private static String slug(String iri) {
        String compact = JsonLdContext.standard().compact(iri);
        if (!compact.equals(iri) && compact.matches("[A-Za-z0-9_:/-]+")) {
            return compact.replace(':', '-');
        }
        return "h" + Integer.toHexString(iri.hashCode());
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
