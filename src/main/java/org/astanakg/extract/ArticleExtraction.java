package org.astanakg.extract;

import org.astanakg.text.Rx;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import org.astanakg.fact.Article;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.registry.Registry;
import org.astanakg.text.TextFile;

/**
 * One article from text file to facts: checks the text, resolves the publisher and the wire service
 * against the registry, fills the article's metadata (text name, SHA-256, length) and extracts.
 */
public final class ArticleExtraction {
    private static final Rx URL = Rx.compile("https?://\\S{1,2000}");
    private static final Rx ID = Rx.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,200}");

    private final Registry registry;
    private final Extractor extractor;

    public ArticleExtraction(Registry registry) {
        this.registry = registry;
        this.extractor = new Extractor(registry);
    }

    /** The article's facts; an {@link InputException} when the text or the metadata is bad. */
    public ArticleFacts run(ArticleInput in) {
        SourceLocation where = SourceLocation.of(in.text());
        if (in.published() == null) {
            throw new InputException(where, "the publication date is required (--published YYYY-MM-DD or a sidecar's 'published')");
        }
        String id = in.articleId();
        if (!ID.matcher(id).matches()) {
            throw new InputException(where, "the article id '" + id + "' must be letters, digits, '_' or '-'");
        }
        if (in.url() != null && !URL.matcher(in.url()).matches()) {
            throw new InputException(where, "expected an http(s) address, found '" + in.url() + "'");
        }
        String publisher = outlet(in.publisher(), where, "publisher");
        TextFile file = TextFile.read(in.text());
        String wire = in.wire() != null ? outlet(in.wire(), where, "wire")
                : Outlets.wire(registry, file.text(), publisher).orElse(null);
        Article article = new Article(id, in.url(), publisher, wire, in.published(),
                in.text().getFileName().toString(), file.sha256(), file.text().codePointCount(0, file.text().length()));
        return extractor.extract(article, file.text());
    }

    private String outlet(String name, SourceLocation where, String what) {
        if (name == null) {
            return registry.contains(Outlets.UNKNOWN) ? Outlets.UNKNOWN : null;
        }
        return Outlets.resolve(registry, name).orElseThrow(() -> new InputException(where, "unknown " + what + " '" + name
                + "': give a registry MediaOutlet id or name, one of " + Outlets.known(registry)
                + ", or add the outlet to data/registry.yaml"));
    }
}
