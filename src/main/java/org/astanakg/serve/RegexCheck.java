package org.astanakg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Refuses regular expressions that can backtrack for exponential time. A single regex match cannot be
 * interrupted by the query timeout, so {@code REGEX} and {@code REPLACE} patterns must be short and
 * must not repeat a group that itself repeats or alternates ({@code (a+)+}, {@code (a|aa)*}), nor use
 * back-references.
 */
final class RegexCheck {
    static final int MAX_PATTERN = 256;

    private RegexCheck() {
    }

    /** Returns why {@code pattern} with {@code flags} is refused, or null when it is acceptable. */
    static String problem(String pattern, String flags) {
        String shape = shapeProblem(pattern);
        if (shape != null) {
            return shape;
        }
        try {
            compile(pattern, flags);
            return null;
        } catch (IllegalArgumentException e) { // includes PatternSyntaxException
            return "invalid regex: " + e.getMessage();
        }
    }

    /**
     * Returns why a REPLACE is refused, or null: besides the pattern's rules, the replacement may refer
     * only to numbered groups the pattern has ({@code $1}); Java answers {@code ${name}}, {@code $9} or
     * a trailing backslash with an exception per row, which Fuseki turned into a 500.
     */
    static String replacementProblem(String pattern, String flags, String replacement) {
        String p = problem(pattern, flags);
        if (p != null) {
            return p;
        }
        int groups = compile(pattern, flags).matcher("").groupCount();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                if (++i == replacement.length()) {
                    return "REPLACE replacement ends with a lone backslash";
                }
            } else if (c == '$') {
                if (i + 1 == replacement.length() || !Character.isDigit(replacement.charAt(i + 1))
                        || replacement.charAt(i + 1) - '0' > groups) {
                    return "REPLACE replacement refers to a group the pattern does not have (use $1..$" + groups
                            + ", or \\$ for a dollar sign)";
                }
            }
        }
        return null;
    }

    static Pattern compile(String pattern, String flags) {
        int f = 0;
        for (char c : flags.toCharArray()) {
            f |= switch (c) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new IllegalArgumentException("unknown regex flag '" + c + "'");
            };
        }
        return Pattern.compile(pattern, f);
    }

    private static String shapeProblem(String pattern) {
        if (pattern.length() > MAX_PATTERN) {
            return "regex pattern longer than " + MAX_PATTERN + " characters";
        }
        Deque<boolean[]> groups = new ArrayDeque<>(); // per open group: {repeats inside, alternates}
        groups.push(new boolean[2]);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < pattern.length() && (Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 1) != '0'
                            || pattern.charAt(i + 1) == 'k')) {
                        return "regex back-references are not allowed";
                    }
                    i++;
                }
                case '[' -> i = endOfClass(pattern, i);
                case '(' -> groups.push(new boolean[2]);
                case '|' -> groups.peek()[1] = true;
                case '*', '+', '{' -> groups.peek()[0] = true;
                case ')' -> {
                    if (groups.size() == 1) {
                        return null; // unbalanced: the regex compiler reports it
                    }
                    boolean[] g = groups.pop();
                    boolean repeated = i + 1 < pattern.length() && "*+{".indexOf(pattern.charAt(i + 1)) >= 0;
                    if (repeated && (g[0] || g[1])) {
                        return "regex repeats a group that repeats or alternates (exponential backtracking): "
                                + pattern;
                    }
                    groups.peek()[0] |= g[0] || repeated;
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static int endOfClass(String p, int start) {
        int i = start + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        for (; i < p.length(); i++) {
            if (p.charAt(i) == '\\') {
                i++;
            } else if (p.charAt(i) == ']') {
                return i;
            }
        }
        return p.length();
    }
}
