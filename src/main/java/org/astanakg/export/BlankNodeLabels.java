package org.astanakg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Gives blank nodes labels computed from what they hold, so that the same graph always prints the
 * same labels. A blank node's label hashes its graph and its edges (to IRIs and literals as they
 * are, to other blank nodes by their own hash), refined over a few rounds. Blank nodes that still
 * look alike (nothing tells them apart) are numbered in the order of their hash.
 */
final class BlankNodeLabels {
    private static final int ROUNDS = 4;

    private BlankNodeLabels() {
    }

    /** The quads with every blank node replaced by a stably labelled one. */
    static List<Quad> relabel(List<Quad> quads) {
        Map<Node, String> hash = new HashMap<>();
        for (Quad q : quads) {
            for (Node n : new Node[] {q.getSubject(), q.getObject()}) {
                if (n.isBlank()) {
                    hash.put(n, "");
                }
            }
        }
        if (hash.isEmpty()) {
            return quads;
        }
        for (int round = 0; round < ROUNDS; round++) {
            hash = refine(quads, hash);
        }
        Map<Node, Node> label = labels(hash);
        List<Quad> out = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            out.add(Quad.create(q.getGraph(), label.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                    label.getOrDefault(q.getObject(), q.getObject())));
        }
        return out;
    }

    private static Map<Node, String> refine(List<Quad> quads, Map<Node, String> previous) {
        Map<Node, List<String>> edges = new HashMap<>();
        for (Quad q : quads) {
            String g = NodeFmtLib.strNT(q.getGraph());
            String p = NodeFmtLib.strNT(q.getPredicate());
            if (q.getSubject().isBlank()) {
                edges.computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
                        .add(g + " out " + p + " " + show(q.getObject(), previous));
            }
            if (q.getObject().isBlank()) {
                edges.computeIfAbsent(q.getObject(), k -> new ArrayList<>())
                        .add(g + " in " + p + " " + show(q.getSubject(), previous));
            }
        }
        Map<Node, String> next = new HashMap<>();
        edges.forEach((node, list) -> {
            list.sort(null);
            next.put(node, sha256(previous.get(node) + "\n" + String.join("\n", list)));
        });
        return next;
    }

    private static String show(Node n, Map<Node, String> hashes) {
        return n.isBlank() ? "_:" + hashes.get(n) : NodeFmtLib.strNT(n);
    }

    private static Map<Node, Node> labels(Map<Node, String> hash) {
        Map<String, List<Node>> byHash = new TreeMap<>();
        hash.forEach((n, h) -> byHash.computeIfAbsent(h, k -> new ArrayList<>()).add(n));
        Map<Node, Node> out = new HashMap<>();
        byHash.forEach((h, nodes) -> {
            for (int i = 0; i < nodes.size(); i++) {
                String label = "b" + h.substring(0, 16) + (nodes.size() > 1 ? "x" + i : "");
                out.put(nodes.get(i), NodeFactory.createBlankNode(label));
            }
        });
        return out;
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
