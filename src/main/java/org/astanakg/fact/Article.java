package org.astanakg.fact;

import java.time.LocalDate;

/**
 * A news article's metadata.
 *
 * @param id        a slug unique in the project; also the facts file's name
 * @param url       where it was published, or null when unknown
 * @param publisher registry id of the outlet
 * @param wire      registry id of the wire service the story comes from, or null
 * @param published the publication date, which relative dates in the text resolve against
 * @param textFile  the name of the article's text file, or null
 * @param sha256    SHA-256 of the text file's bytes (64 hex digits), or null
 * @param length    the text's length in code points, or -1 when unknown
 */
public record Article(String id, String url, String publisher, String wire, LocalDate published,
        String textFile, String sha256, int length) {
}
