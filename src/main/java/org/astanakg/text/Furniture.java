package org.astanakg.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells page furniture from content, line by line, without touching the text: captions and photo
 * credits, bylines, "Related Articles", "You are here", comment and vote widgets, newsletter boxes,
 * "Source: ..." lines, short labels without a sentence's end. The answer is the list of content lines;
 * everything else is simply not part of any sentence. Each line is trimmed; a line repeating an
 * earlier content line (a headline printed twice) is furniture.
 */
public final class Furniture {
    private static final int MAX_LINE_FOR_PATTERNS = 300;
    private static final Set<String> WIDGETS = Set.of("comments", "leave a comment", "related articles",
            "related", "read more", "back to top button", "back to top", "you are here", "newsletter", "pdf",
            "up", "down", "share", "print", "email", "tweet", "advertisement", "more on this", "most read",
            "recommended", "follow us", "subscribe", "sign up", "read also", "see also", "tags", "topics");
    private static final Rx FURNITURE_LINE = Rx.compile(
            "(?i)(?:\\d{1,7}\\s(?:users?|people|readers)\\shave\\svoted\\.?|\\d{1,3}\\smin(?:ute)?s?\\sread"
            + "|source:\\s.{1,60}|with\\sreporting\\s(?:from|by)\\s.{1,60}|(?:written\\s)?by\\s[^.]{1,80}"
            + "(?:-|—|–|\\|)\\s?(?:\\w{3}\\s\\d{1,2},\\s?\\d{4}|last\\supdated.{0,60}|\\d.{0,60})"
            + "|by\\s[A-Z][\\w.'-]{1,30}(?:\\s[A-Z][\\w.'-]{1,30}){0,3}|get\\stop\\sstories.{0,120}"
            + "|(?:photo|image|picture|file\\sphoto|credit)s?:.{0,200}"
            + "|\\d{1,2}\\s(?:january|february|march|april|may|june|july|august|september|october|november|december),?\\s\\d{4}"
            + "|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s\\d{1,2},?\\s\\d{4}"
            + "|(?:updated|published|posted):?.{0,60})");
    /** A caption ending "[Click to enlarge]": tried only on lines ending with ']'. */
    private static final Rx CLICK_TO_ENLARGE = Rx.compile("(?i).{0,200}\\[click\\sto\\senlarge\\]");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z ]");
    private static final Rx CREDIT_AT_END = Rx.compile(
            "(?:\\[[^\\[\\]]{0,80}(?:/|file:|getty|reuters|afp|ap photo|epa|anadolu|sana|photo)[^\\[\\]]{0,80}\\]"
            + "|\\((?:[^()]{0,40}\\s)?(?:afp|ap|reuters|getty|epa|anadolu|sana)(?:\\s(?:photo|file|images?))?[^()]{0,40}\\)"
            + "|\\[getty\\]|\\[afp\\])\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Rx SENTENCE_END = Rx.compile(".*[.!?\"”’:;)]\\s*$", java.util.regex.Pattern.DOTALL);

    private Furniture() {
    }

    /** The content lines of {@code text}, trimmed, in text order. */
    public static List<Span> contentLines(String text) {
        List<Span> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            Span line = trim(text, start, end);
            if (line.length() > 0) {
                String s = text.substring(line.begin(), line.end());
                if (!isFurniture(s) && seen.add(s)) {
                    out.add(line);
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** True when a trimmed line is page furniture rather than article content. */
    public static boolean isFurniture(String line) {
        if (line.length() <= 40 && WIDGETS.contains(NOT_LETTERS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("").trim())) {
            return true;
        }
        if (line.length() <= MAX_LINE_FOR_PATTERNS && FURNITURE_LINE.matcher(line).matches()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (last == ']' && line.length() <= MAX_LINE_FOR_PATTERNS && CLICK_TO_ENLARGE.matcher(line).matches()) {
            return true;
        }
        if ((last == ']' || last == ')') && CREDIT_AT_END.matcher(line.substring(Math.max(0, line.length() - 200))).find()) {
            return true;
        }
        return line.length() < 200 && words(line) < 4 && !SENTENCE_END.matcher(line).matches();
    }

    private static int words(String line) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = !Character.isWhitespace(line.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    static Span trim(String text, int begin, int end) {
        while (begin < end && isBlank(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }
}
