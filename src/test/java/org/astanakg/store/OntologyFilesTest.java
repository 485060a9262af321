package org.astanakg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.astanakg.map.AK;
import org.astanakg.map.Vocab;
import org.junit.jupiter.api.Test;

/** The ontology files parse, and every term the mapping writes is declared with a label and a definition. */
class OntologyFilesTest {
    private static final Node DEFINITION = NodeFactory.createURI(Vocab.SKOS + "definition");

    @Test
    void everyTermTheMappingUsesIsDeclaredLabelledAndDefined() throws IllegalAccessException {
        Graph ontology = RdfFiles.parse(Path.of("ontology/astana.ttl"));
        for (Field f : AK.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                assertTrue(ontology.contains(term, Vocab.TYPE, Node.ANY), term + " is declared");
                assertTrue(ontology.contains(term, Vocab.LABEL, Node.ANY), term + " has a label");
                assertTrue(ontology.contains(term, DEFINITION, Node.ANY), term + " has a definition");
            }
        }
    }

    @Test
    void theShapesFileLoadsAsShacl() {
        org.astanakg.validate.GraphValidator.load(Path.of("ontology/shapes.ttl"));
    }
}
