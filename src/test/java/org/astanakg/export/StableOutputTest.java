package org.astanakg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StableOutputTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSameGraphBuiltTwiceGivesByteIdenticalFiles(ExportFormat format) {
        Map<String, byte[]> first = Fixtures.export(format, Fixtures.miniSource());
        Map<String, byte[]> second = Fixtures.export(format, Fixtures.miniSource());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), format + ": " + name));
        assertFalse(first.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void quadsAddedInAnotherOrderWithFreshBlankNodesGiveTheSameFiles(ExportFormat format) {
        DatasetGraph original = Fixtures.mini().dataset();
        DatasetGraph shuffled = reorder(original);
        DescriptionSettings settings = DescriptionSettings.defaults();
        Map<String, byte[]> a = Fixtures.export(format, new ExportSource(original, settings));
        Map<String, byte[]> b = Fixtures.export(format, new ExportSource(shuffled, settings));
        a.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(b.get(name), StandardCharsets.UTF_8), format + ": " + name));
    }

    /** A copy with the quads reversed and every blank node replaced by a new one. */
    private static DatasetGraph reorder(DatasetGraph ds) {
        List<Quad> quads = Txn.calculateRead(ds, () -> {
            List<Quad> all = new ArrayList<>();
            ds.find().forEachRemaining(all::add);
            return all;
        });
        Collections.reverse(quads);
        Map<Node, Node> fresh = new java.util.HashMap<>();
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> quads.forEach(q -> copy.add(Quad.create(q.getGraph(),
                swap(q.getSubject(), fresh), q.getPredicate(), swap(q.getObject(), fresh)))));
        return copy;
    }

    private static Node swap(Node n, Map<Node, Node> fresh) {
        return n.isBlank() ? fresh.computeIfAbsent(n, k -> NodeFactory.createBlankNode()) : n;
    }
}
