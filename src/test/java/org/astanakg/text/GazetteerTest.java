package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Registry registry = RegistryReader.read(Path.of("data/registry.yaml"));
    private final Gazetteer gazetteer = Gazetteer.of(registry);

    private List<String> ids(String text) {
        return gazetteer.find(text).stream().map(Mention::entity).toList();
    }

    @Test
    void prefersTheLongestName() {
        assertEquals(List.of("idlib-governorate", "hayat-tahrir-al-sham"), ids("Idlib province is held by Hayat Tahrir al-Sham."));
    }

    @Test
    void respectsWordBoundariesAndCase() {
        assertEquals(List.of(), ids("This is thus unusual: Russian bus, Iranian plus"));
        assertEquals(List.of("united-states"), ids("the US-backed force"));
    }

    @Test
    void matchesTypographicApostrophesAndCapitalisedAliases() {
        assertEquals(List.of("hayat-tahrir-al-sham", "syrian-government"), ids("Hay’et Tahrir al-Sham and The regime"));
    }

    @Test
    void readsNurSultanAsAstana() {
        assertEquals(List.of("astana"), ids("talks in Nur-Sultan"));
        assertEquals(List.of("astana", "astana"), ids("talks in Nur Sultan, the Kazakhstan capital"));
    }

    @Test
    void findsWhatAnIndependentAutomatonFinds() {
        Oracle oracle = new Oracle(gazetteer);
        List<String> texts = new ArrayList<>(TestTexts.articles());
        Random random = new Random(7);
        List<String> names = oracle.names();
        String[] glue = {" ", "-", "’", "'", "s ", "x", "\u00e9", ", ", "\n", "\u0301", "\uffff", "\ud83d\ude00", "1"};
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                String name = names.get(random.nextInt(names.size()));
                b.append(random.nextInt(4) == 0 ? name.substring(0, 1 + random.nextInt(name.length())) : name);
                b.append(glue[random.nextInt(glue.length)]);
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertEquals(oracle.find(text), gazetteer.find(text), text);
        }
    }

    /**
     * The gazetteer's names in {@code org.ahocorasick}'s automaton (whole words), each overlap resolved
     * leftmost-longest: a second implementation to compare with.
     */
    private static final class Oracle {
        private final java.util.Map<String, String> entityByName = new java.util.HashMap<>();
        private final Trie trie;

        Oracle(Gazetteer gazetteer) {
            entityByName.putAll(gazetteer.dictionary());
            this.trie = Trie.builder().onlyWholeWords().addKeywords(entityByName.keySet()).build();
        }

        List<String> names() {
            return entityByName.keySet().stream().sorted().toList();
        }

        List<Mention> find(String text) {
            List<Emit> emits = new ArrayList<>(trie.parseText(text));
            emits.sort(Comparator.comparingInt(Emit::getStart).thenComparing(e -> -(e.getEnd() - e.getStart())));
            List<Mention> out = new ArrayList<>();
            int covered = 0;
            for (Emit e : emits) {
                if (e.getStart() >= covered && !letter(text, e.getStart() - 1) && !letter(text, e.getEnd() + 1)) {
                    out.add(new Mention(new Span(e.getStart(), e.getEnd() + 1), entityByName.get(e.getKeyword()), e.getKeyword()));
                    covered = e.getEnd() + 1;
                }
            }
            return out;
        }

        private static boolean letter(String text, int i) {
            return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
        }
    }
}
