package org.astanakg.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;

/**
 * A news article's text file, read and checked before extraction: not empty, at most
 * {@link #MAX_BYTES}, strict UTF-8, no binary bytes, not HTML, and English. Each failure is an
 * {@link InputException} naming the file (and the line and column when there is one).
 *
 * @param path   the file
 * @param text   its text
 * @param sha256 SHA-256 of its bytes
 */
public record TextFile(Path path, String text, String sha256) {
    /** The largest article accepted: 1 MiB, far above any news story. */
    public static final int MAX_BYTES = 1 << 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']{1,40}");
    private static final Pattern HTML = Pattern.compile("(?i)<(?:!doctype|html|head|body|div|p|span|script|a\\s|br|table)\\b");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "in", "to", "a", "on", "for", "with", "said",
            "is", "was", "that", "by", "from", "has", "have", "at", "as", "its", "are", "were", "will");

    /** Reads and checks a text file. */
    public static TextFile read(Path path) {
        byte[] bytes = bytes(path);
        return new TextFile(path, check(path, bytes), org.astanakg.text.ArticleText.sha256(bytes));
    }

    private static byte[] bytes(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputException(SourceLocation.of(path), "not a readable file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(SourceLocation.of(path), "the text is " + size + " bytes; an article may have at most "
                        + MAX_BYTES + " bytes (1 MiB)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(path), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Checks the bytes of an article text and returns the text. */
    public static String check(Path path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(SourceLocation.of(path), "an article may have at most " + MAX_BYTES + " bytes (1 MiB)");
        }
        String text = decode(path, bytes);
        if (text.isBlank()) {
            throw new InputException(SourceLocation.of(path), "the text is empty");
        }
        binary(path, text);
        Matcher html = HTML.matcher(text);
        if (html.find()) {
            throw error(path, text, html.start(), "this looks like HTML, not an article's plain text; extract the text first");
        }
        english(path, text);
        return text;
    }

    private static String decode(Path path, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            throw new InputException(SourceLocation.of(path), "not valid UTF-8 text (bad byte at offset "
                    + in.position() + ")");
        }
        out.flip();
        return out.toString();
    }

    private static void binary(Path path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f || c == '\ufffe' || c == '\uffff') {
                throw error(path, text, i, String.format("binary data (control character U+%04X); expected plain text", (int) c));
            }
        }
    }

    private static void english(Path path, String text) {
        Matcher m = WORD.matcher(text.length() > 200_000 ? text.substring(0, 200_000) : text);
        int words = 0;
        int common = 0;
        while (m.find() && words < 20_000) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        if (words == 0) {
            throw new InputException(SourceLocation.of(path), "the text has no words");
        }
        if (words >= 8 && common * 20 < words || words < 8 && common == 0) {
            throw new InputException(SourceLocation.of(path), "this does not look like English text (" + common + " of "
                    + words + " words are common English words); the extractor reads English news only");
        }
    }

    private static InputException error(Path path, String text, int at, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new InputException(SourceLocation.of(path, line, text.codePointCount(lineStart, at) + 1), message);
    }
}
