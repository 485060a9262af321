package org.astanakg.serve;

import java.util.Locale;

/**
 * What a lexical pass over a query's text measures before the parser sees it: how deep brackets
 * nest and how many operators it chains. The parser and ARQ's walkers recurse once per nesting level
 * and once per chained operator ({@code UNION}, {@code ||}, {@code +}, path {@code /}, ...), so these
 * two numbers bound the stack a query can use. Strings, IRIs and comments are skipped.
 *
 * @param depth       the deepest nesting of {@code ( [ {}
 * @param operators   how many operator tokens and {@code UNION}/{@code MINUS}/{@code EXISTS} keywords
 * @param existsDepth how deep {@code EXISTS}/{@code NOT EXISTS} patterns nest in each other
 */
record QueryText(int depth, int operators, int existsDepth) {

    /** Scans {@code text}. Never throws on malformed input: the parser reports that later. */
    static QueryText scan(String text) {
        Scanner s = new Scanner(text);
        s.run();
        return new QueryText(s.maxDepth, s.operators, s.maxExists);
    }

    private static final class Scanner {
        private final String t;
        private int i;
        private int depth;
        private int maxDepth;
        private int operators;
        /** For each open bracket: does it open an EXISTS pattern? */
        private final java.util.ArrayDeque<Boolean> brackets = new java.util.ArrayDeque<>();
        private boolean existsPending;
        private int exists;
        private int maxExists;

        Scanner(String text) {
            this.t = text;
        }

        void run() {
            while (i < t.length()) {
                char c = t.charAt(i);
                switch (c) {
                    case '#' -> skipComment();
                    case '"', '\'' -> skipString(c);
                    case '<' -> lessThanOrIri();
                    case '(', '[', '{' -> open();
                    case ')', ']', '}' -> close();
                    case '|', '&', '/', '^', '+', '*', '=', '!', '>', '-' -> operator(c);
                    default -> wordOrOther(c);
                }
            }
        }

        private void skipComment() {
            while (i < t.length() && t.charAt(i) != '\n' && t.charAt(i) != '\r') {
                i++;
            }
        }

        private void skipString(char quote) {
            boolean longString = t.startsWith(String.valueOf(quote).repeat(3), i);
            i += longString ? 3 : 1;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == quote && (!longString || t.startsWith(String.valueOf(quote).repeat(3), i))) {
                    i += longString ? 3 : 1;
                    return;
                } else {
                    i++;
                }
            }
        }

        /** An IRI reference has no spaces, quotes or braces before its {@code >}; else it is an operator. */
        private void lessThanOrIri() {
            int j = i + 1;
            while (j < t.length() && isIriChar(t.charAt(j))) {
                j++;
            }
            if (j < t.length() && t.charAt(j) == '>') {
                i = j + 1;
            } else {
                operator('<');
            }
        }

        private static boolean isIriChar(char c) {
            return c > ' ' && "<>\"{}|^`\\".indexOf(c) < 0;
        }

        private void open() {
            boolean opensExists = existsPending && t.charAt(i) == '{';
            existsPending = false;
            brackets.push(opensExists);
            if (opensExists) {
                exists++;
                maxExists = Math.max(maxExists, exists);
            }
            depth++;
            maxDepth = Math.max(maxDepth, depth);
            i++;
        }

        private void close() {
            if (!brackets.isEmpty() && brackets.pop()) {
                exists--;
            }
            depth = Math.max(0, depth - 1);
            i++;
        }

        /** Counts {@code ||}, {@code &&}, {@code !=}, {@code <=} as one operator each. */
        private void operator(char c) {
            operators++;
            i++;
            if (i < t.length() && (t.charAt(i) == c || t.charAt(i) == '=') && c != '*' && c != '+') {
                i++;
            }
        }

        private void wordOrOther(char c) {
            if (!Character.isLetter(c) && c != '?' && c != '$' && c != '_' && c != ':') {
                i++;
                return;
            }
            int start = i;
            while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || "_-:.?$%\\".indexOf(t.charAt(i)) >= 0)) {
                // a backslash escapes the next character of a prefixed name (ex:a\#): it belongs to the word
                i += t.charAt(i) == '\\' ? 2 : 1;
            }
            i = Math.min(i, t.length());
            String word = t.substring(start, i).toUpperCase(Locale.ROOT);
            if (word.equals("UNION") || word.equals("MINUS") || word.equals("EXISTS") || word.equals("OPTIONAL")) {
                operators++;
            }
            existsPending = word.equals("EXISTS");
        }
    }
}
