package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class ServiceAllowlistTest {

    @Test
    void theDefaultListAllowsNothingAndSwitchesHttpServiceOff() {
        ServiceAllowlist none = ServiceAllowlist.none();
        Context context = new Context();
        none.install(context);
        assertFalse(ServiceAllowlist.none().allows("https://query.wikidata.org/sparql"));
        assertFalse(context.isTrue(Service.httpServiceAllowed));
        assertTrue(ServiceExecutorRegistry.get(context) != null);
    }

    @Test
    void endpointsAreComparedExactly() {
        ServiceAllowlist list = ServiceAllowlist.of(List.of("https://query.wikidata.org/sparql"));
        assertTrue(list.allows("https://query.wikidata.org/sparql"));
        assertFalse(list.allows("https://query.wikidata.org/sparql/"));
        assertFalse(list.allows("http://query.wikidata.org/sparql"));
        assertEquals(List.of("https://query.wikidata.org/sparql"), list.endpoints());
    }

    @Test
    void onlyHttpUrlsCanBeAllowed() {
        for (String bad : List.of("file:///etc/passwd", "query.wikidata.org/sparql", "ftp://x.org/sparql", "")) {
            assertThrows(IllegalArgumentException.class, () -> ServiceAllowlist.of(List.of(bad)), bad);
        }
    }

    @Test
    void descriptionSyntaxFollowsTheAcceptHeader() {
        assertEquals("text/turtle", DatasetDescriptionServlet.negotiate(null).mediaType());
        assertEquals("text/turtle", DatasetDescriptionServlet.negotiate("*/*").mediaType());
        assertEquals("application/ld+json", DatasetDescriptionServlet.negotiate("application/ld+json").mediaType());
        assertEquals("application/n-triples",
                DatasetDescriptionServlet.negotiate("text/turtle;q=0.2, application/n-triples;q=0.9").mediaType());
    }
}
