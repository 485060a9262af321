package org.astanakg.extract;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * An article text file and what is known of it besides its text.
 *
 * @param text      the text file
 * @param published the publication date (relative dates resolve against it)
 * @param publisher the publisher's name or registry id, or null
 * @param url       where it was published, or null
 * @param id        the article id, or null to derive it from the file name
 * @param wire      the wire service's name or id, or null to detect it from the text
 */
public record ArticleInput(Path text, LocalDate published, String publisher, String url, String id, String wire) {

    /** The article id: the one given, else the file name without {@code .txt}, made a valid id. */
    public String articleId() {
        if (id != null) {
            return id;
        }
        String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
        String slug = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[-_]+", "");
        return slug.isEmpty() ? "article" : slug;
    }
}
