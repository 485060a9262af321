package org.astanakg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** A small in-memory dataset for the endpoint tests: three named graphs, one of them a long chain. */
final class TestData {
    static final String NS = "http://example.org/astana/";
    static final int CHAIN = 3000;

    private TestData() {
    }

    static Node iri(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /**
     * {@code g/rounds}: two rounds with labels (one carrying markup); {@code g/people}: a person
     * who attended a round; {@code g/chain}: {@value #CHAIN} nodes linked by {@code next}.
     */
    static DatasetGraph dataset() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Node rounds = iri("g/rounds");
        Node people = iri("g/people");
        Node chain = iri("g/chain");
        ds.add(rounds, iri("round1"), RDF.type.asNode(), iri("Round"));
        ds.add(rounds, iri("round1"), RDFS.label.asNode(), NodeFactory.createLiteralString("Astana 1"));
        ds.add(rounds, iri("round2"), RDF.type.asNode(), iri("Round"));
        ds.add(rounds, iri("round2"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("<script>alert('x')</script>"));
        ds.add(people, iri("lavrentiev"), RDF.type.asNode(), iri("Person"));
        ds.add(people, iri("lavrentiev"), iri("attended"), iri("round1"));
        for (int i = 0; i < CHAIN; i++) {
            ds.add(chain, iri("n" + i), iri("next"), iri("n" + (i + 1)));
        }
        return ds;
    }
}
