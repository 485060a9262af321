package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.junit.jupiter.api.Test;

/** The splitter's detector (with its own scanner for sentence ends) splits exactly as OpenNLP's own. */
class SentenceSplitterTest {

    @Test
    void splitsAsOpenNlpDoes() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (Path root : new Path[] {Path.of("src/test/resources/extract/cases"), Path.of("../shared/seeds")}) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        inputs.addAll(List.of(Files.readString(p).split("\n")));
                    }
                }
            }
        }
        Random random = new Random(11);
        String alphabet = "ab AB.!?;:\"”’)(… 12U.S. Mr. Jan. 3.5";
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(120); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(b.toString());
        }
        SentenceDetectorME ours = SentenceSplitter.detector();
        SentenceDetectorME theirs = SentenceSplitter.plainDetector();
        int split = 0;
        for (String line : inputs) {
            opennlp.tools.util.Span[] expected = theirs.sentPosDetect(line);
            assertArrayEquals(expected, ours.sentPosDetect(line), line);
            split += expected.length > 1 ? 1 : 0;
        }
        assertTrue(split > 100, "lines split in two or more: " + split);
    }
}
