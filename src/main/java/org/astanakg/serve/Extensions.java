package org.astanakg.serve;

import java.util.Set;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.vocabulary.XSD;

/**
 * The SPARQL extensions a public query may use: XSD casts and a few XPath and ARQ functions whose cost
 * is bounded by their arguments, and the property functions that only read the data. Everything else
 * ARQ offers ({@code afn:sprintf}, {@code afn:eval}, {@code math:pow}, {@code fn:format-number},
 * {@code apf:} property functions, {@code java:} classes) is refused.
 */
final class Extensions {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    /** Extension functions whose cost is bounded by their arguments. */
    private static final Set<String> FUNCTIONS = Set.of(
            FN + "string-length", FN + "upper-case", FN + "lower-case", FN + "contains", FN + "starts-with",
            FN + "ends-with", FN + "substring", FN + "substring-before", FN + "substring-after",
            FN + "normalize-space", FN + "abs", FN + "ceiling", FN + "floor", FN + "round",
            FN + "year-from-dateTime", FN + "month-from-dateTime", FN + "day-from-dateTime",
            FN + "year-from-date", FN + "month-from-date", FN + "day-from-date",
            AFN + "localname", AFN + "namespace",
            XSD.xstring.getURI(), XSD.xboolean.getURI(), XSD.integer.getURI(), XSD.decimal.getURI(),
            XSD.xfloat.getURI(), XSD.xdouble.getURI(), XSD.xint.getURI(), XSD.xlong.getURI(),
            XSD.date.getURI(), XSD.dateTime.getURI(), XSD.gYear.getURI(), XSD.gYearMonth.getURI(),
            XSD.duration.getURI(), XSD.dayTimeDuration.getURI(), XSD.yearMonthDuration.getURI());

    private static final String LIST = "http://jena.apache.org/ARQ/list#";
    /** Property functions that only read the data: container and list membership. */
    private static final Set<String> PROPERTY_FUNCTIONS = Set.of(
            "http://www.w3.org/2000/01/rdf-schema#member", LIST + "member", LIST + "index", LIST + "length");

    private Extensions() {
    }

    /** True when the function {@code iri} may be called. */
    static boolean functionAllowed(String iri) {
        return FUNCTIONS.contains(iri);
    }

    /** True when {@code iri} in predicate position is plain data or an allowed property function. */
    static boolean propertyFunctionAllowed(String iri) {
        return PROPERTY_FUNCTIONS.contains(iri) || !isPropertyFunction(iri);
    }

    /** Whether ARQ would run {@code iri} as a property function: registered, loadable, or {@code java:}. */
    private static boolean isPropertyFunction(String iri) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.get();
        return iri.startsWith("java:") || iri.startsWith("http://jena.apache.org/ARQ/property#")
                || iri.startsWith("http://jena.hpl.hp.com/ARQ/property#") || registry.isRegistered(iri)
                || registry.get(iri) != null;
    }
}
