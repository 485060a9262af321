package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** A TDB2 store (as {@code serve --tdb2} serves it) also answers queries over the union of its graphs. */
class Tdb2UnionIT {

    @Test
    void aTdb2StoreAnswersAQueryWithoutGraphFromAllNamedGraphs() {
        DatasetGraph tdb = TDB2Factory.createDataset().asDatasetGraph();
        DatasetGraph source = TestData.dataset();
        Txn.executeWrite(tdb, () -> source.find().forEachRemaining(tdb::add));
        try (AstanaServer server = AstanaServer.start(tdb,
                new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5), null))) {
            HttpResponse<String> r = new Http(server.port()).query("PREFIX ex: <" + TestData.NS + "> "
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?label WHERE { ?p ex:attended ?r . ?r rdfs:label ?label }");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("Astana 1"), r.body());
        }
    }
}
