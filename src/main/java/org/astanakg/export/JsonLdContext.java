package org.astanakg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.astanakg.map.AK;
import org.astanakg.map.Vocab;

/**
 * The JSON-LD context the exports use, published as {@code ontology/context.jsonld}: the export
 * prefixes, and a short term for each ontology property (with {@code @type: @id} for links, the
 * datatype for typed values), for labels ({@code @language: en}), and for the few terms of other
 * vocabularies the graph uses most (evidence selectors, article URLs and dates, coordinates). Plain JSON-LD 1.0 features
 * only, so every processor reads it.
 */
public final class JsonLdContext {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final List<String> LINKS = List.of("participant", "inEvent", "role", "place", "partOfProcess",
            "follows", "precedes", "eventActor", "eventTarget", "coversArea", "guarantor", "agreedAt", "agreedBy",
            "zoneTerm", "partOfZone", "alignedActor", "stance", "alignmentTarget", "supports", "opposes",
            "demandsOusterOf", "measure", "qualifier", "statedBy", "about", "claimPlace", "holder", "affiliation",
            "positionAt", "agendaOf", "topic", "speaker", "statementAt", "country", "partOfPlace", "standsFor",
            "evidence", "article", "sentence", "inArticle", "reportedIn", "mentionedIn", "publisher", "wireService",
            "startPrecision", "endPrecision", "datePrecision", "supportsProperty");
    private static final Map<String, String> TYPED = Map.ofEntries(
            Map.entry("ordinal", "integer"), Map.entry("zoneCount", "integer"), Map.entry("textLength", "integer"),
            Map.entry("sentenceIndex", "integer"), Map.entry("beginIndex", "integer"),
            Map.entry("endIndex", "integer"), Map.entry("startDate", "date"), Map.entry("endDate", "date"),
            Map.entry("date", "date"), Map.entry("asOf", "date"), Map.entry("agreedOn", "date"),
            Map.entry("boundaryDeadline", "date"), Map.entry("value", "decimal"),
            Map.entry("attended", "boolean"), Map.entry("extendable", "boolean"),
            Map.entry("deadlineMissed", "boolean"), Map.entry("duration", "duration"),
            Map.entry("spanSha", "string"), Map.entry("textSha256", "string"),
            Map.entry("positionTitle", "string"), Map.entry("valueText", "string"),
            Map.entry("durationQualifier", "string"), Map.entry("dateQualifier", "string"));

    /** How a term reads a plain JSON value. */
    enum Coercion { LINK, TYPED, ENGLISH }

    /**
     * One term.
     *
     * @param name     the JSON key
     * @param iri      the property it stands for
     * @param coercion how a plain value is read
     * @param datatype the datatype IRI for {@link Coercion#TYPED}, else null
     */
    record Term(String name, String iri, Coercion coercion, String datatype) {
        /** True when {@code o} can be written as a plain value under this term. */
        boolean fits(Node o) {
            return switch (coercion) {
                case LINK -> o.isURI() || o.isBlank();
                case ENGLISH -> o.isLiteral() && o.getLiteralLanguage().equals("en");
                case TYPED -> o.isLiteral() && o.getLiteralLanguage().isEmpty()
                        && o.getLiteralDatatypeURI().equals(datatype);
            };
        }
    }

    private final Map<String, String> prefixes;
    private final Map<String, List<Term>> byIri = new TreeMap<>();
    private final List<Term> terms = new ArrayList<>();

    private JsonLdContext() {
        this.prefixes = new TreeMap<>(ExportSource.prefixes().getMapping());
        add("label", Vocab.LABEL.getURI(), Coercion.ENGLISH, null);
        add("altLabel", Vocab.ALT_LABEL.getURI(), Coercion.ENGLISH, null);
        add("exactMatch", Vocab.EXACT_MATCH.getURI(), Coercion.LINK, null);
        add("wasDerivedFrom", Vocab.WAS_DERIVED_FROM.getURI(), Coercion.LINK, null);
        add("url", Vocab.SCHEMA_URL.getURI(), Coercion.LINK, null);
        add("datePublished", Vocab.SCHEMA_DATE_PUBLISHED.getURI(), Coercion.TYPED, XSD + "date");
        add("lat", Vocab.LAT.getURI(), Coercion.TYPED, XSD + "decimal");
        add("long", Vocab.LONG.getURI(), Coercion.TYPED, XSD + "decimal");
        for (var oa : List.of(Vocab.OA_HAS_BODY, Vocab.OA_HAS_TARGET, Vocab.OA_HAS_SOURCE, Vocab.OA_HAS_SELECTOR)) {
            add(oa.getLocalName(), oa.getURI(), Coercion.LINK, null);
        }
        add("start", Vocab.OA_START.getURI(), Coercion.TYPED, XSD + "integer");
        add("end", Vocab.OA_END.getURI(), Coercion.TYPED, XSD + "integer");
        LINKS.forEach(name -> add(name, AK.NS + name, Coercion.LINK, null));
        TYPED.forEach((name, type) -> add(name, AK.NS + name, Coercion.TYPED, XSD + type));
        terms.sort(Comparator.comparing(Term::name));
    }

    /** The project's context. */
    public static JsonLdContext standard() {
        return new JsonLdContext();
    }

    private void add(String name, String iri, Coercion coercion, String datatype) {
        if (prefixes.containsKey(name)) {
            return;
        }
        Term t = new Term(name, iri, coercion, datatype);
        terms.add(t);
        byIri.computeIfAbsent(iri, k -> new ArrayList<>()).add(t);
    }

    /** The term that can write {@code o} as a plain value of {@code p}, if any. */
    Optional<Term> term(Node p, Node o) {
        return byIri.getOrDefault(p.getURI(), List.of()).stream().filter(t -> t.fits(o)).findFirst();
    }

    /** An IRI abbreviated with the longest matching prefix, or whole. */
    String compact(String iri) {
        String best = null;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            String local = iri.startsWith(ns) ? iri.substring(ns.length()) : null;
            if (local != null && !local.startsWith("//")
                    && (best == null || ns.length() > prefixes.get(best).length())) {
                best = e.getKey();
            }
        }
        return best == null ? iri : best + ":" + iri.substring(prefixes.get(best).length());
    }

    /** The {@code @context} object's JSON, indented by {@code indent}. */
    String json(String indent) {
        StringBuilder b = new StringBuilder("{");
        String sep = "\n";
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            b.append(sep).append(indent).append("  ").append(Json.string(e.getKey())).append(": ")
                    .append(Json.string(e.getValue()));
            sep = ",\n";
        }
        for (Term t : terms) {
            b.append(sep).append(indent).append("  ").append(Json.string(t.name())).append(": {\"@id\": ")
                    .append(Json.string(compact(t.iri())));
            switch (t.coercion()) {
                case LINK -> b.append(", \"@type\": \"@id\"");
                case ENGLISH -> b.append(", \"@language\": \"en\"");
                case TYPED -> b.append(", \"@type\": ").append(Json.string(compact(t.datatype())));
            }
            b.append('}');
        }
        return b.append('\n').append(indent).append('}').toString();
    }

    /** The published context file's text ({@code ontology/context.jsonld}). */
    public String document() {
        return "{\n  \"@context\": " + json("  ") + "\n}\n";
    }
}
