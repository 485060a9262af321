package org.astanakg.fact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import org.astanakg.io.YamlMap;
import org.astanakg.io.YamlNode;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.registry.RegistryReader;
import org.astanakg.registry.Registry;

/**
 * Reads article facts files (format: {@code data/README.md}) and checks them against the registry:
 * unknown entities, dangling fact ids, duplicate ids, impossible dates and spans outside their
 * sentence are errors that name the file, line and field.
 */
public final class ArticleFactsReader {
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "url", "publisher", "wire", "published",
            "text", "sha256", "length");

    private final Registry registry;

    public ArticleFactsReader(Registry registry) {
        this.registry = registry;
    }

    /** Reads every {@code *.yaml} file of a folder, in name order; article ids must be unique. */
    public List<ArticleFacts> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(SourceLocation.of(folder), "not a folder of article facts files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(folder), "cannot list: " + e.getMessage(), e);
        }
        List<ArticleFacts> all = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        Map<String, Map.Entry<Entity, Path>> localEntities = new HashMap<>();
        for (Path file : files) {
            ArticleFacts facts = read(file);
            Path first = seen.putIfAbsent(facts.article().id(), file);
            if (first != null) {
                throw new InputException(SourceLocation.of(file), "article.id: duplicate article id '"
                        + facts.article().id() + "' (also in " + first + ")");
            }
            checkLocalEntities(facts, file, localEntities);
            all.add(facts);
        }
        return all;
    }

    /**
     * Two articles may both name a new person; their definitions must agree where both give a field (one
     * article may know an affiliation the other leaves out: the graph then has both, i.e. the fuller one).
     */
    private static void checkLocalEntities(ArticleFacts facts, Path file, Map<String, Map.Entry<Entity, Path>> seen) {
        for (Entity e : facts.entities()) {
            Map.Entry<Entity, Path> first = seen.putIfAbsent(e.id(), Map.entry(e, file));
            if (first == null) {
                continue;
            }
            Entity merged = first.getKey().mergedWith(e);
            if (merged == null) {
                throw new InputException(SourceLocation.of(file), "entities: '" + e.id()
                        + "' is defined differently in " + first.getValue() + "; use one definition or another id");
            }
            seen.put(e.id(), Map.entry(merged, first.getValue()));
        }
    }

    /** Reads one facts file. */
    public ArticleFacts read(Path file) {
        YamlMap root = YamlNode.read(file).asMap().allowOnly(Set.of("article", "sentences", "entities", "facts"));
        Article article = article(root.required("article").asMap().allowOnly(ARTICLE_FIELDS));
        String expectedName = article.id() + ".yaml";
        if (!file.getFileName().toString().equals(expectedName)) {
            throw root.required("article").asMap().required("id").error("the article id '" + article.id()
                    + "' must match the file name (expected " + expectedName + ")");
        }
        List<Sentence> sentences = sentences(root.required("sentences"), article.length());
        List<Entity> local = root.optional("entities").map(n -> RegistryReader.local(n, registry)).orElse(List.of());
        Registry known = registry.withLocal(local);
        References refs = new References(known);
        FactParser parser = new FactParser(sentences, refs);
        Map<String, Fact> facts = new LinkedHashMap<>();
        List<YamlNode> items = root.optional("facts").map(YamlNode::asList).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            YamlMap m = items.get(i).asMap();
            Fact fact = parser.parse(m, "f" + (i + 1));
            if (known.contains(fact.id())) {
                throw m.optional("id").orElse(m.node()).error("the fact id '" + fact.id()
                        + "' is also a registry id; give the fact another id so references stay unambiguous");
            }
            if (facts.putIfAbsent(fact.id(), fact) != null) {
                throw m.optional("id").orElse(m.node()).error("duplicate fact id '" + fact.id() + "'");
            }
        }
        refs.check(facts);
        return new ArticleFacts(article, sentences, List.copyOf(facts.values()), file.toString(), local);
    }

    private Article article(YamlMap m) {
        String id = m.text("id");
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw m.required("id").error("expected letters, digits, '_' or '-', found '" + id + "'");
        }
        References refs = new References(registry);
        String publisher = refs.entity(m.required("publisher"), "a MediaOutlet", t -> t == EntityType.MEDIA_OUTLET);
        String wire = m.optional("wire").map(n -> refs.entity(n, "a MediaOutlet",
                t -> t == EntityType.MEDIA_OUTLET)).orElse(null);
        YamlNode publishedNode = m.required("published");
        PartialDate published = FactParser.date(publishedNode);
        if (published.precision() != DatePrecision.DAY) {
            throw publishedNode.error("the publication date must be a full date YYYY-MM-DD");
        }
        String url = m.optionalText("url").orElse(null);
        if (url != null && !isHttpIri(url)) {
            throw m.required("url").error("expected an http(s) address, found '" + url + "'");
        }
        String sha = m.optionalText("sha256").orElse(null);
        if (sha != null && !SHA256.matcher(sha).matches()) {
            throw m.required("sha256").error("expected 64 lowercase hex digits");
        }
        int length = m.optional("length").map(YamlNode::asOffset).orElse(-1);
        LocalDate day = published.first();
        return new Article(id, url, publisher, wire, day, m.optionalText("text").orElse(null), sha, length);
    }

    /** An absolute http(s) address that is also a valid IRI (no spaces, no {@code <>"{}|^`}). */
    private static boolean isHttpIri(String url) {
        if (!url.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            return false;
        }
        try {
            return org.apache.jena.irix.IRIx.create(url).isAbsolute();
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }

    private static List<Sentence> sentences(YamlNode node, int length) {
        List<Sentence> out = new ArrayList<>();
        int previousEnd = 0;
        for (YamlNode item : node.asList()) {
            List<YamlNode> pair = item.asList();
            if (pair.size() != 2) {
                throw item.error("expected [begin, end]");
            }
            int begin = pair.get(0).asOffset();
            int end = pair.get(1).asOffset();
            if (begin < previousEnd || end <= begin) {
                throw item.error("sentences must be in text order, not overlap, and be non-empty; found ["
                        + begin + ", " + end + ") after one ending at " + previousEnd);
            }
            if (length >= 0 && end > length) {
                throw item.error("the sentence ends at " + end + ", past the text's length " + length);
            }
            out.add(new Sentence(out.size() + 1, begin, end));
            previousEnd = end;
        }
        return out;
    }
}
