package org.astanakg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.astanakg.link.HttpWikidataClient;
import org.astanakg.link.Linker;
import org.astanakg.link.Proposal;
import org.astanakg.link.RegistryQidWriter;
import org.astanakg.link.WikidataClient;
import org.astanakg.registry.Entity;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code astana-kg link}: which registry entities link to Wikidata; with {@code --online}, proposes
 * items for the others, scored; with {@code --accept}, writes the confident ones into the registry.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Report which registry entities link to Wikidata (a verified QID, written as skos:exactMatch).",
                "With --online, ask Wikidata (wbsearchentities, wbgetentities) for candidates for the entities "
                        + "without one and print them scored from 0 to 1, with the reasons. Nothing is written "
                        + "unless --accept is given: then the best candidate of each entity is written to the "
                        + "registry if it scores at least --min-score and clearly beats the next one."})
final class LinkCommand implements Callable<Integer> {
    /** How far the best candidate must be ahead of the next for {@code --accept} to take it. */
    static final double MARGIN = 0.2;

    @Option(names = "--online", description = "Ask Wikidata for candidates (needs the network).")
    boolean online;

    @Option(names = "--api", paramLabel = "URL", defaultValue = HttpWikidataClient.DEFAULT_API,
            description = "The Wikibase API to ask (default: ${DEFAULT-VALUE}).")
    URI api;

    @Option(names = "--accept", description = "Write confident proposals into the registry (with --online).")
    boolean accept;

    @Option(names = "--min-score", defaultValue = "0.9", paramLabel = "SCORE",
            description = "The lowest score --accept writes (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--candidates", defaultValue = "5", paramLabel = "N",
            description = "Search results considered per name (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--only", paramLabel = "ID", description = "Only this registry entity (repeatable).")
    List<String> only = new ArrayList<>();

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    /** How the command reaches Wikidata; tests may replace it. */
    WikidataClient client;

    @Override
    public Integer call() {
        if (accept && !online) {
            throw new ParameterException(spec.commandLine(), "--accept needs --online");
        }
        Path file = inputs.input().registry();
        Registry registry = RegistryReader.read(file);
        for (String id : only) {
            if (!registry.contains(id)) {
                throw new ParameterException(spec.commandLine(), "--only: no registry entity '" + id + "'");
            }
        }
        List<Entity> unlinked = Linker.unlinked(registry).stream()
                .filter(e -> only.isEmpty() || only.contains(e.id())).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d of %d registry entities link to Wikidata; %d without a QID%s%n",
                registry.entities().size() - Linker.unlinked(registry).size(), registry.entities().size(),
                Linker.unlinked(registry).size(), online ? "" : " (use --online to look for candidates):");
        if (!online) {
            unlinked.forEach(e -> out.printf("  %-28s %-24s %s%n", e.id(), e.type().className(), e.label()));
            out.flush();
            return 0;
        }
        Linker linker = new Linker(client != null ? client : new HttpWikidataClient(api), registry, candidates);
        Map<String, String[]> accepted = new LinkedHashMap<>();
        for (Entity e : unlinked) {
            List<Proposal> proposals = linker.propose(e);
            out.printf("%s (%s, '%s'):%s%n", e.id(), e.type().className(), e.label(),
                    proposals.isEmpty() ? " no candidates" : "");
            proposals.stream().limit(3).forEach(p -> out.printf(Locale.ROOT, "  %-11s %.2f  %s: %s%n      %s%n",
                    p.qid(), p.score(), p.label(), p.description(), String.join("; ", p.reasons())));
            if (accept && confident(proposals)) {
                Proposal best = proposals.get(0);
                accepted.put(e.id(), new String[] {best.qid(), String.format(Locale.ROOT,
                        "astana-kg link --online %s on %s: score %.2f (%s)", api, LocalDate.now(), best.score(),
                        String.join("; ", best.reasons()))});
            }
        }
        if (accept) {
            List<String> written = RegistryQidWriter.write(file, accepted);
            out.printf("wrote %d QID(s) to %s: %s%n", written.size(), file, String.join(", ", written));
        } else {
            out.println("nothing written (review, then run again with --accept to write those scoring at least "
                    + minScore + ")");
        }
        out.flush();
        return 0;
    }

    private boolean confident(List<Proposal> proposals) {
        if (proposals.isEmpty() || proposals.get(0).score() < minScore) {
            return false;
        }
        return proposals.size() == 1 || proposals.get(0).score() - proposals.get(1).score() >= MARGIN;
    }
}
