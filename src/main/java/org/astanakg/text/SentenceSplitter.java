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
            List<Span> spans = new ArrayList<>();
            for (opennlp.tools.util.Span s : detector.sentPosDetect(lineText)) {
                Span span = Furniture.trim(text, line.begin() + s.getStart(), line.begin() + s.getEnd());
                if (span.length() == 0) {
                    continue;
                }
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && continues(text, last, span)) {
                    spans.set(spans.size() - 1, new Span(last.begin(), span.end()));
                } else {
                    spans.add(span);
                }
            }
            for (Span span : spans) {
                out.add(new TextSentence(out.size() + 1, span, text.substring(span.begin(), span.end())));
            }
        }
        return out;
    }

    /**
     * True when the model split after an abbreviation that does not end a sentence: a month before a
     * number ("Jan. 25", "Feb. 2017"), a title before a name ("Gen. Sergei Rudskoy"), or a short word
     * with a full stop ("approx.", "e.g.") when the next part begins in lower case.
     */
    static boolean continues(String text, Span before, Span next) {
        if (text.charAt(before.end() - 1) != '.') {
            return false;
        }
        char first = text.charAt(next.begin());
        int w = before.end() - 1;
        while (w > before.begin() && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, before.end() - 1);
        if (Character.isLowerCase(first) && !word.isEmpty() && word.length() <= 4) {
            return true;
        }
        if (w > before.begin() && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            return false;
        }
        return Character.isDigit(first) && MONTHS.contains(word) || Character.isUpperCase(first) && TITLES.contains(word);
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");
    private static final java.util.Set<String> TITLES = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj",
            "Sgt", "Capt", "Adm", "Brig", "Cmdr", "Prof", "Sen", "Rep", "Gov", "Amb", "Messrs");
}
