package org.astanakg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.lang.Factory;

/**
 * Splits content lines into sentences with OpenNLP's English sentence model (Apache-2.0, from Maven
 * Central), keeping offsets into the original text. Sentences never cross a line.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SENTENCE_MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL, new ScannerFactory()));

    private SentenceSplitter() {
    }

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OpenNLP's factory for its sentence detector, with the faster scanner for sentence ends. */
    private static final class ScannerFactory extends Factory {
        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(String languageCode) {
            return new SentenceEndScanner(getEOSCharacters(languageCode));
        }

        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(char[] ends) {
            return new SentenceEndScanner(ends);
        }
    }

    /** The sentence detector of this thread (for tests). */
    static SentenceDetectorME detector() {
        return DETECTOR.get();
    }

    /** OpenNLP's own detector for the same model (for tests). */
    static SentenceDetectorME plainDetector() {
        return new SentenceDetectorME(SENTENCE_MODEL);
    }

    /** The sentences of the given content lines of {@code text}, numbered from 1. */
    public static List<TextSentence> split(String text, List<Span> lines) {
        List<TextSentence> out = new ArrayList<>();
        SentenceDetectorME detector = DETECTOR.get();
        for (Span line : lines) {
            String lineText = text.substring(line.begin(), line.end());
            for (opennlp.tools.util.Span s : detector.sentPosDetect(lineText)) {
                Span span = Furniture.trim(text, line.begin() + s.getStart(), line.begin() + s.getEnd());
                if (span.length() > 0) {
                    out.add(new TextSentence(out.size() + 1, span, text.substring(span.begin(), span.end())));
                }
            }
        }
        return out;
    }
}
