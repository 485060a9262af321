package org.astanakg.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An article's text as published, its content sentences (page furniture left out) and the
 * conversion from Java char indices to the code-point offsets the facts files use.
 */
public final class ArticleText {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    });

    private final String text;
    private final List<TextSentence> sentences;
    private final int[] codePointAt;

    private ArticleText(String text, List<TextSentence> sentences) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.codePointAt = surrogateTable(text);
    }

    /** Splits {@code text} into content sentences. */
    public static ArticleText of(String text) {
        return new ArticleText(text, SentenceSplitter.split(text, Furniture.contentLines(text)));
    }

    private static int[] surrogateTable(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = Character.isSurrogate(text.charAt(i));
        }
        if (!any) {
            return null;
        }
        int[] table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            }
        }
        table[text.length()] = cp;
        return table;
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** The content sentences, numbered from 1. */
    public List<TextSentence> sentences() {
        return sentences;
    }

    /** The code-point offset of a char index. */
    public int codePoint(int charIndex) {
        return codePointAt == null ? charIndex : codePointAt[charIndex];
    }

    /** First 8 hex digits of SHA-256 of the span's UTF-8 text. */
    public String sha(Span span) {
        return sha8(text.substring(span.begin(), span.end()));
    }

    /** First 8 hex digits of SHA-256 of a string's UTF-8 bytes. */
    public static String sha8(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    /** SHA-256 of some bytes, as 64 lowercase hex digits. */
    public static String sha256(byte[] bytes) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

}
