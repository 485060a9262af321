package org.astanakg.export;

import java.util.Objects;

/**
 * Where the dataset is published, for its description.
 *
 * @param baseUrl the server's root, ending in {@code /}, e.g. {@code https://example.org/}; the
 *                endpoint is {@code astana/sparql} under it and the dumps are under {@code dumps/}
 * @param license the IRI of the licence the data is published under
 */
public record DescriptionSettings(String baseUrl, String license) {
    /** The licence used unless told otherwise: the one the ontology is published under. */
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** The base URL used unless told otherwise: a local {@code astana-kg serve}. */
    public static final String DEFAULT_BASE_URL = "http://localhost:3030/";

    public DescriptionSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(license, "license");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** The given base URL with the default licence. */
    public static DescriptionSettings of(String baseUrl) {
        return new DescriptionSettings(baseUrl, DEFAULT_LICENSE);
    }

    /** A local server's description. */
    public static DescriptionSettings defaults() {
        return of(DEFAULT_BASE_URL);
    }

    /** The SPARQL endpoint's address. */
    public String endpoint() {
        return baseUrl + "astana/sparql";
    }

    /** The address a dump file is published at. */
    public String dump(String fileName) {
        return baseUrl + "dumps/" + fileName;
    }
}
