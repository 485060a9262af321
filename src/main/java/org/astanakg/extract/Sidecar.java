package org.astanakg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.astanakg.io.YamlMap;
import org.astanakg.io.YamlNode;

/**
 * The metadata file next to an article text in a folder: {@code NAME.meta.yaml} or
 * {@code NAME.meta.json} beside {@code NAME.txt}, with {@code published} (required), and optionally
 * {@code publisher}, {@code url}, {@code id}, {@code wire}.
 */
public final class Sidecar {
    private static final Set<String> FIELDS = Set.of("published", "publisher", "url", "id", "wire");

    private Sidecar() {
    }

    /** The sidecar of a text file, or null when it has none. */
    public static Path of(Path text) {
        String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
        for (String ext : new String[] {".meta.yaml", ".meta.yml", ".meta.json"}) {
            Path p = text.resolveSibling(stem + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** The input for a text file, from its sidecar; options given on the command line fill the gaps. */
    public static ArticleInput read(Path text, ArticleInput defaults) {
        Path file = of(text);
        if (file == null) {
            return new ArticleInput(text, defaults.published(), defaults.publisher(), null, null, defaults.wire());
        }
        YamlMap m = YamlNode.read(file).asMap().allowOnly(FIELDS);
        LocalDate published = m.optional("published").map(n -> {
            try {
                return LocalDate.parse(n.asText().trim());
            } catch (DateTimeParseException e) {
                throw n.error("expected a date YYYY-MM-DD, found '" + n.asText() + "'");
            }
        }).orElse(defaults.published());
        return new ArticleInput(text, published, m.optionalText("publisher").orElse(defaults.publisher()),
                m.optionalText("url").orElse(null), m.optionalText("id").orElse(null),
                m.optionalText("wire").orElse(defaults.wire()));
    }
}
