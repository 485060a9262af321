package org.astanakg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies the graph uses besides its own ontology. */
public final class Vocab {
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static final Node TYPE = uri(RDF, "type");
    public static final Node LABEL = uri(RDFS, "label");
    public static final Node ALT_LABEL = uri(SKOS, "altLabel");
    public static final Node EXACT_MATCH = uri(SKOS, "exactMatch");
    public static final Node SCHEMA_NEWS_ARTICLE = uri(SCHEMA, "NewsArticle");
    public static final Node SCHEMA_URL = uri(SCHEMA, "url");
    public static final Node SCHEMA_DATE_PUBLISHED = uri(SCHEMA, "datePublished");
    public static final Node WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
    public static final Node OA_ANNOTATION = uri(OA, "Annotation");
    public static final Node OA_HAS_BODY = uri(OA, "hasBody");
    public static final Node OA_HAS_TARGET = uri(OA, "hasTarget");
    public static final Node OA_HAS_SOURCE = uri(OA, "hasSource");
    public static final Node OA_HAS_SELECTOR = uri(OA, "hasSelector");
    public static final Node OA_SPECIFIC_RESOURCE = uri(OA, "SpecificResource");
    public static final Node OA_TEXT_POSITION_SELECTOR = uri(OA, "TextPositionSelector");
    public static final Node OA_START = uri(OA, "start");
    public static final Node OA_END = uri(OA, "end");
    public static final Node LAT = uri(WGS84, "lat");
    public static final Node LONG = uri(WGS84, "long");

    private Vocab() {
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    /** The Wikidata item with this QID. */
    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WD + qid);
    }
}
