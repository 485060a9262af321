package org.astanakg.map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes used in dumps, queries and the landing page. */
public final class Prefixes {

    private Prefixes() {
    }

    /** A fresh prefix map with the project's prefixes. */
    public static PrefixMap map() {
        PrefixMap map = PrefixMapFactory.create();
        map.add("ak", AK.NS);
        map.add("akid", Iris.ID);
        map.add("akg", Iris.GRAPH);
        map.add("role", Iris.VOCAB + "role/");
        map.add("measure", Iris.VOCAB + "measure/");
        map.add("rdf", Vocab.RDF);
        map.add("rdfs", Vocab.RDFS);
        map.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.add("owl", "http://www.w3.org/2002/07/owl#");
        map.add("skos", Vocab.SKOS);
        map.add("schema", Vocab.SCHEMA);
        map.add("prov", Vocab.PROV);
        map.add("oa", Vocab.OA);
        map.add("wgs84", Vocab.WGS84);
        map.add("wd", Vocab.WD);
        return map;
    }

    /** The prefixes as SPARQL {@code PREFIX} lines. */
    public static String sparql() {
        StringBuilder b = new StringBuilder();
        map().getMapping().forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
