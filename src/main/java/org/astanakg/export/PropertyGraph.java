package org.astanakg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.astanakg.registry.EntityType;

/**
 * The graph as a property graph, for GraphML and Neo4j: actors, places and events are nodes;
 * participations (with their role), alignments, where events were held and which places lie in,
 * are part of, are covered by or guarantee which are typed edges. Everything sorted by IRI.
 *
 * @param nodes the nodes, by IRI
 * @param edges the edges, by type, then source, target and id
 */
record PropertyGraph(List<PgNode> nodes, List<PgEdge> edges) {

    /**
     * A node.
     *
     * @param iri    its IRI, also its id
     * @param labels its kinds, most general first: {@code Actor}, {@code Place} or {@code Event}, then its class
     * @param props  its properties (label, qid, lat, lon, ordinal, startDate, endDate), absent when unknown
     */
    record PgNode(String iri, List<String> labels, Map<String, String> props) {
    }

    /**
     * An edge.
     *
     * @param id     the IRI of the record behind it (participation, alignment) or a made-up stable id
     * @param type   e.g. {@code PARTICIPATED_IN}, {@code SUPPORTS}
     * @param source the source node's IRI
     * @param target the target node's IRI
     * @param props  its properties (role, attended)
     */
    record PgEdge(String id, String type, String source, String target, Map<String, String> props) {
    }

    /** The node property keys, in output order, with their GraphML types. */
    static final Map<String, String> NODE_KEYS = ordered("label", "string", "kind", "string", "type", "string",
            "qid", "string", "lat", "double", "lon", "double", "ordinal", "int", "startDate", "string",
            "endDate", "string");
    /** The edge property keys, in output order, with their GraphML types. */
    static final Map<String, String> EDGE_KEYS = ordered("type", "string", "role", "string", "attended", "boolean");

    private static final String ENTITIES = """
            SELECT ?e ?type ?label ?qid ?lat ?lon WHERE {
              GRAPH akg:registry { ?e a ?type ; rdfs:label ?label .
                OPTIONAL { ?e skos:exactMatch ?qid } OPTIONAL { ?e wgs84:lat ?lat ; wgs84:long ?lon } } }""";
    private static final String EVENTS = """
            SELECT ?e ?type ?label ?ordinal ?start ?end ?date WHERE {
              ?e a ?type . FILTER(?type = ak:TalkRound || EXISTS { ?e a ak:Event })
              FILTER(?type != ak:Event)
              OPTIONAL { ?e rdfs:label ?label } OPTIONAL { ?e ak:ordinal ?ordinal }
              OPTIONAL { ?e ak:startDate ?start } OPTIONAL { ?e ak:endDate ?end } OPTIONAL { ?e ak:date ?date } }""";
    private static final String PARTICIPATIONS = """
            SELECT ?p ?actor ?event ?role ?attended WHERE {
              ?p a ak:Participation ; ak:participant ?actor ; ak:inEvent ?event ; ak:role ?role .
              OPTIONAL { ?p ak:attended ?attended } }""";
    private static final String ALIGNMENTS = """
            SELECT ?a ?actor ?stance ?target WHERE {
              ?a a ak:Alignment ; ak:alignedActor ?actor ; ak:stance ?stance ; ak:alignmentTarget ?target }""";
    private static final String LINKS = """
            SELECT ?s ?p ?o WHERE {
              VALUES ?p { ak:place ak:country ak:partOfPlace ak:partOfZone ak:coversArea ak:guarantor } ?s ?p ?o }""";

    /** Reads the property graph out of the dataset. */
    static PropertyGraph of(GraphQueries q) {
        Map<String, PgNode> nodes = new TreeMap<>();
        for (Map<String, Node> row : q.rows(ENTITIES)) {
            String type = local(row.get("type"));
            EntityType et = EntityType.byClassName(type);
            if (et == null || !(et.isActor() || et.isPlace())) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            if (et.isActor()) {
                labels.add("Actor");
            }
            if (et.isPlace()) {
                labels.add("Place");
            }
            labels.add(type);
            Map<String, String> props = new TreeMap<>();
            put(props, "label", GraphQueries.text(row.get("label")));
            put(props, "kind", String.join(";", labels.subList(0, labels.size() - 1)).toLowerCase());
            put(props, "type", type);
            put(props, "qid", GraphQueries.qid(row.get("qid")));
            put(props, "lat", GraphQueries.text(row.get("lat")));
            put(props, "lon", GraphQueries.text(row.get("lon")));
            nodes.merge(iri(row.get("e")), new PgNode(iri(row.get("e")), labels, props), PropertyGraph::first);
        }
        events(q, nodes);
        List<PgEdge> edges = new ArrayList<>();
        for (Map<String, Node> row : q.rows(PARTICIPATIONS)) {
            Map<String, String> props = new TreeMap<>();
            put(props, "role", local(row.get("role")));
            put(props, "attended", GraphQueries.text(row.get("attended")));
            edge(edges, nodes, iri(row.get("p")), "PARTICIPATED_IN", row.get("actor"), row.get("event"), props);
        }
        for (Map<String, Node> row : q.rows(ALIGNMENTS)) {
            String type = local(row.get("stance")).toUpperCase().replace('-', '_');
            edge(edges, nodes, iri(row.get("a")), type, row.get("actor"), row.get("target"), Map.of());
        }
        for (Map<String, Node> row : q.rows(LINKS)) {
            String p = local(row.get("p"));
            String type = switch (p) {
                case "place" -> "HELD_IN";
                case "country" -> "IN_COUNTRY";
                case "coversArea" -> "COVERS";
                case "guarantor" -> "GUARANTEED_BY";
                default -> "PART_OF";
            };
            String id = type + ":" + iri(row.get("s")) + "->" + iri(row.get("o"));
            edge(edges, nodes, id, type, row.get("s"), row.get("o"), Map.of());
        }
        edges.sort(Comparator.comparing(PgEdge::type).thenComparing(PgEdge::source).thenComparing(PgEdge::target)
                .thenComparing(PgEdge::id));
        List<PgEdge> distinct = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (PgEdge e : edges) {
            if (seen.add(e.id())) {
                distinct.add(e);
            }
        }
        return new PropertyGraph(List.copyOf(nodes.values()), List.copyOf(distinct));
    }

    private static void events(GraphQueries q, Map<String, PgNode> nodes) {
        Map<String, PgNode> events = new TreeMap<>();
        for (Map<String, Node> row : q.rows(EVENTS)) {
            String id = iri(row.get("e"));
            Map<String, String> props = new TreeMap<>();
            put(props, "label", GraphQueries.text(row.get("label")));
            put(props, "kind", "event");
            put(props, "type", local(row.get("type")));
            put(props, "ordinal", GraphQueries.text(row.get("ordinal")));
            String start = GraphQueries.text(row.get("start"));
            put(props, "startDate", start.isEmpty() ? GraphQueries.text(row.get("date")) : start);
            put(props, "endDate", GraphQueries.text(row.get("end")));
            events.merge(id, new PgNode(id, List.of("Event", local(row.get("type"))), props), PropertyGraph::merge);
        }
        events.forEach(nodes::putIfAbsent);
    }

    /** Two reports of one event: the smallest label, the earliest start, the latest end. */
    private static PgNode merge(PgNode a, PgNode b) {
        Map<String, String> props = new TreeMap<>(a.props());
        b.props().forEach((k, v) -> props.merge(k, v, (x, y) -> switch (k) {
            case "endDate" -> x.compareTo(y) >= 0 ? x : y;
            default -> x.compareTo(y) <= 0 ? x : y;
        }));
        List<String> labels = a.labels().get(1).compareTo(b.labels().get(1)) <= 0 ? a.labels() : b.labels();
        props.put("type", labels.get(1));
        return new PgNode(a.iri(), labels, props);
    }

    private static PgNode first(PgNode a, PgNode b) {
        return a.labels().toString().compareTo(b.labels().toString()) <= 0 ? a : b;
    }

    private static void edge(List<PgEdge> edges, Map<String, PgNode> nodes, String id, String type, Node s, Node o,
            Map<String, String> props) {
        if (nodes.containsKey(iri(s)) && nodes.containsKey(iri(o))) {
            Map<String, String> all = new TreeMap<>(props);
            all.put("type", type);
            edges.add(new PgEdge(id, type, iri(s), iri(o), all));
        }
    }

    private static void put(Map<String, String> props, String key, String value) {
        if (value != null && !value.isEmpty()) {
            props.put(key, value);
        }
    }

    private static String iri(Node n) {
        return GraphQueries.text(n);
    }

    private static String local(Node n) {
        String iri = GraphQueries.text(n);
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
