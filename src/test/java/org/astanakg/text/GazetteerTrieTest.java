package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.Test;

/** The gazetteer's trie walk finds exactly what the Aho-Corasick automaton finds. */
class GazetteerTrieTest {

    @Test
    void sameMentionsAsTheAutomaton() throws IOException {
        Registry registry = RegistryReader.read(Path.of("data/registry.yaml"));
        Gazetteer g = Gazetteer.of(registry);
        List<String> texts = new ArrayList<>();
        for (Path root : new Path[] {Path.of("src/test/resources/extract/cases"), Path.of("../shared/seeds")}) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(p));
                    }
                }
            }
        }
        List<String> names = new ArrayList<>();
        registry.entities().forEach(e -> {
            names.add(e.label());
            names.addAll(e.aliases());
        });
        Random r = new Random(11);
        String glue = " .,-'’éa1(\n";
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(8); i >= 0; i--) {
                String name = names.get(r.nextInt(names.size()));
                if (r.nextInt(4) == 0 && name.length() > 2) {
                    name = name.substring(0, 1 + r.nextInt(name.length() - 1));
                }
                b.append(name);
                b.append(glue.charAt(r.nextInt(glue.length())));
                if (r.nextInt(3) == 0) {
                    b.append(glue.charAt(r.nextInt(glue.length())));
                }
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(g.findWithAutomaton(t), g.find(t), t);
        }
    }
}
