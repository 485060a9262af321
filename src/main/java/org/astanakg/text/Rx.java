package org.astanakg.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled {@link Pattern} that knows which characters can begin a match, so that a search tries
 * the pattern only where one of them stands instead of at every position of the text. Java's regex
 * engine tries a pattern such as {@code (?i)\b(talks|round)\b} at every character; most sentences
 * hold few places where a match can begin. The answers are those of {@link Matcher#find()}: the
 * leftmost match, tried at each candidate position with transparent bounds (boundaries and
 * look-behind see the text around), exactly as a search would try it there. Patterns whose first
 * characters cannot be worked out from their text (negated classes, properties such as
 * {@code \p{L}}, a pattern that may match empty) are searched as usual. A look-around is passed over:
 * it consumes nothing, so the element after it says where a match may begin, and the engine checks it
 * at each candidate.
 */
public final class Rx {
    private static final List<Rx> ALL = Collections.synchronizedList(new ArrayList<>());

    private final Pattern pattern;
    /** This pattern's number, its slot among each thread's spare matchers. */
    private final int id;
    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();
    /** Per thread, a spare engine matcher per pattern: made once, reset for each new text. */
    private static final ThreadLocal<Matcher[]> SPARES = ThreadLocal.withInitial(() -> new Matcher[64]);
    /**
     * For each ASCII character, whether a match may begin there: {@link FirstChars#ANY}, or
     * {@link FirstChars#WORD_START} only where no ASCII word character stands before it (the pattern
     * puts a {@code \\b} before that word character); null when not known.
     */
    private final byte[] first;
    /** When a match begins at white space, the ASCII characters that may follow it (null: any). */
    private final boolean[] spaceFollow;
    /** Non-ASCII characters that may begin a match. */
    private final String firstOther;
    /** For each ASCII character (lower case when caseless), the literal starts a match there may have; null: any. */
    private final char[][][] prefixes;
    private final boolean caseless;
    private final boolean caret;
    /** True when every first character needs a word start (see {@link WordStarts}). */
    private final boolean wordStartsOnly;
    /**
     * For each ASCII character (lower case) that may begin a match, the lower-case characters that
     * may follow it (a 128-bit set), or null when any may.
     */
    private final long[][] seconds;

    private Rx(Pattern pattern) {
        this.pattern = pattern;
        this.id = COUNT.getAndIncrement();
        StringBuilder other = new StringBuilder();
        FirstChars fc = FirstChars.of(pattern, other);
        byte[] set = fc == null ? null : fc.set;
        this.first = set;
        this.prefixes = fc == null ? null : fc.prefixes();
        this.caseless = fc != null && fc.caseless;
        this.firstOther = other.toString();
        this.spaceFollow = fc == null ? null : fc.spaceFollow();
        this.caret = pattern.pattern().replace("[^", "").indexOf('^') >= 0;
        boolean ws = set != null && firstOther.isEmpty();
        for (int c = 0; ws && c < 128; c++) {
            ws = set[c] != FirstChars.ANY;
        }
        this.wordStartsOnly = ws;
        this.seconds = set == null ? null : seconds(set, prefixes, caseless);
        ALL.add(this);
    }

    /** The second characters the literal beginnings allow, by lower-case first character. */
    private static long[][] seconds(byte[] set, char[][][] prefixes, boolean caseless) {
        long[][] out = new long[128][];
        boolean[] any = new boolean[128];
        for (int c = 0; c < 128; c++) {
            if (set[c] == 0) {
                continue;
            }
            int k = lower(c);
            char[][] ps = prefixes[caseless ? k : c];
            if (ps == null) {
                any[k] = true;
                continue;
            }
            for (char[] p : ps) {
                if (p.length < 2 || p[1] >= 128) {
                    any[k] = true;
                } else {
                    if (out[k] == null) {
                        out[k] = new long[2];
                    }
                    for (char d : p[1] == SPACE ? WHITE_SPACE.toCharArray() : new char[] {(char) lower(p[1])}) {
                        out[k][d >>> 6] |= 1L << d;
                    }
                }
            }
        }
        for (int k = 0; k < 128; k++) {
            if (any[k]) {
                out[k] = null;
            }
        }
        return out;
    }

    /** In a literal start, stands for {@code \s}: any of {@link #WHITE_SPACE}. */
    static final char SPACE = '\u0000';
    /** The characters {@code \s} matches (without UNICODE_CHARACTER_CLASS). */
    static final String WHITE_SPACE = " \t\n\u000B\f\r";

    /** True for a character {@code \s} matches. */
    public static boolean whiteSpace(char c) {
        return c <= ' ' && c != SPACE && WHITE_SPACE.indexOf(c) >= 0;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    public static Rx compile(String regex) {
        return new Rx(Pattern.compile(regex));
    }

    public static Rx compile(String regex, int flags) {
        return new Rx(Pattern.compile(regex, flags));
    }

    /** Every pattern compiled so far (for tests). */
    public static List<Rx> all() {
        synchronized (ALL) {
            return List.copyOf(ALL);
        }
    }

    public Pattern pattern() {
        return pattern;
    }

    /** True when searches skip to the characters that can begin a match. */
    public boolean fast() {
        return first != null;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /** False when no literal start of a match stands at {@code i} (ASCII {@code c} is the character there). */
    boolean literalAt(CharSequence text, int i, char c) {
        long[] next = seconds[lower(c)];
        if (next != null) {
            char d = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            int k = d < 128 ? lower(d) : 0;
            if ((next[k >>> 6] >>> k & 1L) == 0) {
                return false;
            }
        }
        char[][] ps = prefixes[caseless && c >= 'A' && c <= 'Z' ? c + 32 : c];
        if (ps == null) {
            return true;
        }
        int n = text.length();
        for (char[] p : ps) {
            int len = p.length;
            if (i + len > n) {
                continue;
            }
            int k = 1;
            while (k < len) {
                char a = text.charAt(i + k);
                char b = p[k];
                if (b == SPACE ? !whiteSpace(a) : a != b && !(caseless && a >= 'A' && a <= 'Z' && a + 32 == b)) {
                    break;
                }
                k++;
            }
            if (k == len) {
                return true;
            }
        }
        return false;
    }

    /** An engine matcher for {@code text}: this thread's spare one, else a new one. */
    Matcher matcherFor(CharSequence text) {
        Matcher[] spares = SPARES.get();
        if (id < spares.length && spares[id] != null) {
            Matcher m = spares[id];
            spares[id] = null;
            return m.reset(text);
        }
        return pattern.matcher(text);
    }

    void spare(Matcher m) {
        Matcher[] spares = SPARES.get();
        if (id >= spares.length) {
            spares = java.util.Arrays.copyOf(spares, Math.max(id + 1, 2 * spares.length));
            SPARES.set(spares);
        }
        spares[id] = m;
    }

    /** False when the character after the white space at {@code i} cannot follow it in a match. */
    boolean followsSpace(CharSequence text, int i) {
        if (!whiteSpace(text.charAt(i))) {
            return true;
        }
        if (i + 1 >= text.length()) {
            return false;
        }
        char d = text.charAt(i + 1);
        return d < 128 && spaceFollow[d];
    }

    public M matcher(CharSequence text) {
        return new M(this, text);
    }

    public String[] split(CharSequence text) {
        return pattern.split(text);
    }

    /** A matcher: the subset of {@link Matcher}'s methods the rules use. */
    public static final class M implements MatchResult {
        private final Rx rx;
        /** The engine's matcher, made on first need (most searches find no candidate at all). */
        private Matcher m;
        private final CharSequence text;
        private final int length;
        private int regionStart;
        private int regionEnd;
        private boolean transparent;
        private boolean anchoring = true;
        /** Where the next search starts; -1 after a failed search. */
        private int next;
        /** True while the inner matcher's region and bounds are the caller's. */
        private boolean synced = true;

        M(Rx rx, CharSequence text) {
            this.rx = rx;
            this.text = text;
            this.length = text.length();
            this.regionEnd = length;
        }

        private void sync() {
            if (m == null) {
                m = rx.matcherFor(text);
                synced = false;
            }
            if (!synced) {
                m.region(regionStart, regionEnd).useTransparentBounds(transparent).useAnchoringBounds(anchoring);
                synced = true;
            }
        }

        private boolean fastPath() {
            if (rx.first == null) {
                return false;
            }
            boolean whole = regionStart == 0 && regionEnd == length;
            return (transparent || whole) && (!anchoring || regionEnd == length && (regionStart == 0 || !rx.caret));
        }

        /** The matcher set for a candidate: transparent, non-anchoring bounds. */
        private Matcher fastMatcher() {
            if (m == null) {
                m = rx.matcherFor(text);
                synced = true;
            }
            if (synced) {
                m.useTransparentBounds(true).useAnchoringBounds(false);
                synced = false;
            }
            return m;
        }

        /**
         * Hands the engine's matcher back to this thread's spare after a search that found nothing
         * more (nothing of it can be read then), for the next search with this pattern.
         */
        private void release() {
            if (m != null) {
                rx.spare(m);
                m = null;
            }
        }

        /** The matcher holding the last match. */
        private Matcher done() {
            if (m == null) {
                throw new IllegalStateException("No match available");
            }
            return m;
        }

        public boolean find() {
            if (!fastPath()) {
                sync();
                return m.find();
            }
            if (next < 0) {
                return false;
            }
            byte[] first = rx.first;
            if (rx.wordStartsOnly && text instanceof String) {
                return findAtWordStarts((String) text, first);
            }
            String other = rx.firstOther;
            for (int i = Math.max(next, regionStart); i < regionEnd; i++) {
                char c = text.charAt(i);
                if (c < 128 ? first[c] == FirstChars.ANY || first[c] == FirstChars.WORD_START && (i == 0 || !FirstChars.word(text.charAt(i - 1)))
                        : other.indexOf(c) >= 0) {
                    if (c < 128 && !rx.literalAt(text, i, c) || rx.spaceFollow != null && !rx.followsSpace(text, i)) {
                        continue;
                    }
                    fastMatcher().region(i, regionEnd);
                    if (m.lookingAt()) {
                        next = m.end() > i ? m.end() : i + 1;
                        return true;
                    }
                }
            }
            next = -1;
            release();
            return false;
        }

        /** {@link #find()} for a pattern whose matches begin at word starts only: tries just those. */
        private boolean findAtWordStarts(String s, byte[] first) {
            int[] starts = WordStarts.of(s);
            int from = Math.max(next, regionStart);
            int k = java.util.Arrays.binarySearch(starts, 1, starts[0] + 1, from);
            k = k < 0 ? -k - 1 : k;
            for (; k <= starts[0]; k++) {
                int i = starts[k];
                if (i >= regionEnd) {
                    break;
                }
                char c = s.charAt(i);
                if (first[c] == 0 || !rx.literalAt(s, i, c)) {
                    continue;
                }
                fastMatcher().region(i, regionEnd);
                if (m.lookingAt()) {
                    next = m.end() > i ? m.end() : i + 1;
                    return true;
                }
            }
            next = -1;
            release();
            return false;
        }

        public boolean find(int start) {
            reset();
            if (start < 0 || start > length) {
                throw new IndexOutOfBoundsException("Illegal start index");
            }
            if (!fastPath()) {
                sync();
                return m.find(start);
            }
            next = start;
            return find();
        }

        public boolean lookingAt() {
            sync();
            return m.lookingAt();
        }

        public boolean matches() {
            sync();
            return m.matches();
        }

        public M reset() {
            regionStart = 0;
            regionEnd = length;
            next = 0;
            if (m != null) {
                m.reset();
                m.useTransparentBounds(transparent).useAnchoringBounds(anchoring);
                synced = true;
            } else {
                synced = false;
            }
            return this;
        }

        public M region(int start, int end) {
            reset();
            if (start < 0 || start > length || end < start || end > length) {
                throw new IndexOutOfBoundsException("region " + start + ", " + end + " of " + length);
            }
            synced = false;
            regionStart = start;
            regionEnd = end;
            next = start;
            return this;
        }

        public M useTransparentBounds(boolean b) {
            transparent = b;
            synced = false;
            return this;
        }

        public M useAnchoringBounds(boolean b) {
            anchoring = b;
            synced = false;
            return this;
        }

        public int regionStart() {
            return regionStart;
        }

        public int regionEnd() {
            return regionEnd;
        }

        @Override
        public int start() {
            return done().start();
        }

        @Override
        public int start(int group) {
            return done().start(group);
        }

        @Override
        public int end() {
            return done().end();
        }

        @Override
        public int end(int group) {
            return done().end(group);
        }

        @Override
        public String group() {
            return done().group();
        }

        @Override
        public String group(int group) {
            return done().group(group);
        }

        @Override
        public int groupCount() {
            return m != null ? m.groupCount() : rx.pattern.matcher("").groupCount();
        }

        public MatchResult toMatchResult() {
            return done().toMatchResult();
        }
    }

    /**
     * The word starts of a text (ASCII word characters with no ASCII word character before them), kept
     * for the last few texts seen on this thread: the rules search one sentence with many patterns.
     * Element 0 is the count.
     */
    static final class WordStarts {
        private static final int KEPT = 8;
        private static final ThreadLocal<WordStarts> LAST = ThreadLocal.withInitial(WordStarts::new);
        private final String[] texts = new String[KEPT];
        private final int[][] starts = new int[KEPT][];
        private int slot;

        private WordStarts() {
        }

        /**
         * The word starts of {@code s}. The array is valid until the next call on this thread (an
         * evicted text's array is reused), so a search reads it within one call.
         */
        static int[] of(String s) {
            return LAST.get().get(s);
        }

        private int[] get(String s) {
            for (int k = 0; k < KEPT; k++) {
                if (texts[k] == s) {
                    return starts[k];
                }
            }
            int n = s.length();
            int[] out = starts[slot];
            if (out == null || out.length < n / 2 + 2) {
                out = new int[Math.max(64, n / 2 + 2)];
            }
            int count = 0;
            boolean prevWord = false;
            for (int i = 0; i < n; i++) {
                boolean w = FirstChars.word(s.charAt(i));
                if (w && !prevWord) {
                    out[++count] = i;
                }
                prevWord = w;
            }
            out[0] = count;
            texts[slot] = s;
            starts[slot] = out;
            slot = (slot + 1) % KEPT;
            return out;
        }
    }

    /** Works out from a pattern's text which characters can begin a match. */
    static final class FirstChars {
        private final String re;
        private final boolean caseless;
        static final byte ANY = 1;
        static final byte WORD_START = 2;
        private final byte[] set = new byte[128];
        /** True while the element being read stands right after a {@code \\b}. */
        private boolean bound;
        /** The literal text the element being read starts with, or null. */
        private String literal;
        private final boolean[] unfiltered = new boolean[128];
        /** The whole pattern's one sequence, [topFrom, topTo): where an optional white space may lead a match. */
        private int topFrom = -1;
        private int topTo = -1;
        /**
         * When white space can begin a match only through an optional {@code \\s?} at the start of the
         * pattern's sequence: the characters that may follow it (the first ones of the rest); else null.
         */
        private boolean[] spaceFollow;
        /** True when white space may also begin a match some other way. */
        private boolean spaceElsewhere;
        /** True while the element being read is that leading optional white space. */
        private boolean leadingSpace;
        private final java.util.List<java.util.List<String>> starts = new java.util.ArrayList<>();
        private final StringBuilder other;

        private FirstChars(String re, boolean caseless, StringBuilder other) {
            for (int i = 0; i < 128; i++) {
                starts.add(new java.util.ArrayList<>());
            }
            this.re = re;
            this.caseless = caseless;
            this.other = other;
        }

        /** The ASCII characters that can begin a match (others go to {@code other}), or null when unknown. */
        static FirstChars of(Pattern p, StringBuilder other) {
            int flags = p.flags();
            if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE | Pattern.CANON_EQ
                    | Pattern.UNICODE_CHARACTER_CLASS)) != 0) {
                return null;
            }
            boolean caseless = (flags & Pattern.CASE_INSENSITIVE) != 0;
            String re = p.pattern();
            int at = 0;
            while (re.startsWith("(?", at)) {
                int close = re.indexOf(')', at);
                if (close < 0) {
                    return null;
                }
                String f = re.substring(at + 2, close);
                if (!f.matches("[ism]+")) {
                    break;
                }
                caseless |= f.indexOf('i') >= 0;
                at = close + 1;
            }
            FirstChars fc = new FirstChars(re, caseless, other);
            try {
                fc.topFrom = at;
                fc.topTo = re.length();
                return fc.alternatives(at, re.length(), false) ? fc : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** Adds the first characters of each alternative of re[from, to); false when unknown or empty-matching. */
        private boolean alternatives(int from, int to, boolean afterBound) {
            int start = from;
            int i = from;
            int depth = 0;
            while (i < to) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    i = classEnd(i);
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    if (!sequence(start, i, afterBound)) {
                        return false;
                    }
                    start = i + 1;
                }
                i++;
            }
            return sequence(start, to, afterBound);
        }

        /**
         * The first characters of one sequence re[from, to): those of its first element that cannot
         * match empty, together with those of the optional elements before it.
         */
        private boolean sequence(int from, int to, boolean afterBound) {
            int p = from;
            boolean b = afterBound;
            while (true) {
                if (p >= to) {
                    return false;
                }
                char c = re.charAt(p);
                int end;
                if (c == '\\') {
                    if (p + 1 >= to) {
                        return false;
                    }
                    char e = re.charAt(p + 1);
                    if (e == 'b') {
                        b = true;
                        p += 2;
                        continue;
                    }
                    bound = b;
                    end = p + 2;
                    if (e == 'd') {
                        range('0', '9');
                    } else if (e == 's') {
                        leadingSpace = from == topFrom && to == topTo && end < to && re.charAt(end) == '?'
                                && spaceFollow == null && follow(afterQuantifier(end), to);
                        for (char w : WHITE_SPACE.toCharArray()) {
                            put(w);
                        }
                        leadingSpace = false;
                    } else if (e == 'w') {
                        range('a', 'z');
                        range('A', 'Z');
                        range('0', '9');
                        put('_');
                    } else if (Character.isLetterOrDigit(e) || e >= 128) {
                        return false;
                    } else {
                        add(e);
                    }
                } else if (c == '^') {
                    p++;
                    continue;
                } else if (c == '(') {
                    int close = groupEnd(p);
                    if (close >= to) {
                        return false;
                    }
                    int inner = p + 1;
                    if (re.startsWith("?i)", inner) && caseless) {
                        p = inner + 3;
                        continue;
                    }
                    if (re.startsWith("?<=", inner) || re.startsWith("?<!", inner) || re.startsWith("?=", inner)
                            || re.startsWith("?!", inner)) {
                        p = close + 1;
                        continue;
                    }
                    if (re.startsWith("?:", inner)) {
                        inner += 2;
                    } else if (re.charAt(inner) == '?') {
                        return false;
                    }
                    if (!alternatives(inner, close, b)) {
                        return false;
                    }
                    end = close + 1;
                } else if (c == '[') {
                    end = classEnd(p);
                    bound = b;
                    if (!charClass(p + 1, end - 1)) {
                        return false;
                    }
                } else if (".$)|*+?{}".indexOf(c) >= 0 || Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
                    return false;
                } else {
                    bound = b;
                    literal = optional(p + 1) ? null : literalRun(p, to);
                    add(c);
                    literal = null;
                    end = p + 1;
                }
                if (!optional(end)) {
                    return true;
                }
                p = afterQuantifier(end);
            }
        }

        /** The characters of a simple class body re[from, to) (no negation, nesting or properties). */
        private boolean charClass(int from, int to) {
            if (from >= to || re.charAt(from) == '^') {
                return false;
            }
            int i = from;
            while (i < to) {
                char c = re.charAt(i);
                char lo;
                if (c == '[' || c == '&') {
                    return false;
                }
                if (c == '\\') {
                    char e = re.charAt(i + 1);
                    i += 2;
                    if (e == 'd') {
                        range('0', '9');
                        continue;
                    } else if (e == 's') {
                        for (char w : WHITE_SPACE.toCharArray()) {
                            put(w);
                        }
                        continue;
                    } else if (e == 'w') {
                        range('a', 'z');
                        range('A', 'Z');
                        range('0', '9');
                        put('_');
                        continue;
                    } else if (Character.isLetterOrDigit(e) || e >= 128) {
                        return false;
                    }
                    lo = e;
                } else {
                    lo = c;
                    i++;
                }
                if (i + 1 < to && re.charAt(i) == '-') {
                    char hi = re.charAt(i + 1);
                    if (hi == '\\' || hi == '[' || hi < lo || hi - lo > 64) {
                        return false;
                    }
                    range(lo, hi);
                    i += 2;
                } else {
                    add(lo);
                }
            }
            return true;
        }

        private void range(char lo, char hi) {
            for (char c = lo; c <= hi; c++) {
                add(c);
            }
        }

        /** The index after a quantifier starting at {@code q} (and its lazy or possessive mark). */
        private int afterQuantifier(int q) {
            int i = q;
            if (re.charAt(i) == '{') {
                i = re.indexOf('}', i) + 1;
            } else {
                i++;
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++;
            }
            return i;
        }

        /** True when the element ending before {@code q} may be repeated zero times. */
        private boolean optional(int q) {
            return q < re.length() && (re.charAt(q) == '?' || re.charAt(q) == '*' || re.startsWith("{0", q));
        }

        private void add(char c) {
            put(c);
            if (caseless) {
                put(Character.toLowerCase(c));
                put(Character.toUpperCase(c));
            }
        }

        /** Records the first characters of re[from, to) as what may follow a leading optional white space. */
        private boolean follow(int from, int to) {
            FirstChars rest = new FirstChars(re, caseless, new StringBuilder());
            if (!rest.alternatives(from, to, false) || rest.other.length() > 0) {
                return false;
            }
            spaceFollow = new boolean[128];
            for (int c = 0; c < 128; c++) {
                spaceFollow[c] = rest.set[c] != 0;
            }
            return true;
        }

        /** The characters that may follow a white space that begins a match, or null when any may. */
        boolean[] spaceFollow() {
            return spaceElsewhere ? null : spaceFollow;
        }

        private void put(char c) {
            if (whiteSpace(c) && !leadingSpace) {
                spaceElsewhere = true;
            }
            if (c < 128) {
                int key = caseless ? Character.toLowerCase(c) : c;
                if (literal == null) {
                    unfiltered[key] = true;
                } else if (!starts.get(key).contains(literal)) {
                    starts.get(key).add(literal);
                }
                if (bound && word(c)) {
                    if (set[c] == 0) {
                        set[c] = WORD_START;
                    }
                } else {
                    set[c] = ANY;
                }
            } else if (other.indexOf(String.valueOf(c)) < 0) {
                other.append(c);
            }
        }

        /** The literal characters from {@code p}: up to a metacharacter, a class escape or a quantified character. */
        private String literalRun(int p, int to) {
            StringBuilder out = new StringBuilder();
            int i = p;
            while (i < to) {
                char ch = re.charAt(i);
                int len = 1;
                if (ch == '\\') {
                    if (i + 1 >= to) {
                        break;
                    }
                    ch = re.charAt(i + 1);
                    if (ch == 's' && out.length() > 0 && re.indexOf(SPACE) < 0) {
                        ch = SPACE;
                    } else if (Character.isLetterOrDigit(ch) || ch >= 128) {
                        break;
                    }
                    len = 2;
                } else if ("[](){}.*+?^$|".indexOf(ch) >= 0 || ch >= 128) {
                    break;
                }
                if (i + len < re.length() && "?*+{".indexOf(re.charAt(i + len)) >= 0) {
                    break;
                }
                out.append(ch);
                i += len;
            }
            return out.length() == 0 ? null : out.toString();
        }

        char[][][] prefixes() {
            char[][][] out = new char[128][][];
            for (int k = 0; k < 128; k++) {
                if (!unfiltered[k] && !starts.get(k).isEmpty()) {
                    List<String> kept = new ArrayList<>();
                    starts.get(k).stream().map(x -> caseless ? lowerAscii(x) : x).distinct()
                            .sorted(java.util.Comparator.comparingInt(String::length)).forEach(x -> {
                                if (kept.stream().noneMatch(x::startsWith)) {
                                    kept.add(x);
                                }
                            });
                    out[k] = kept.stream().map(String::toCharArray).toArray(char[][]::new);
                }
            }
            return out;
        }

        private static String lowerAscii(String x) {
            StringBuilder b = new StringBuilder(x.length());
            for (int i = 0; i < x.length(); i++) {
                char c = x.charAt(i);
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return b.toString();
        }

        /** An ASCII word character in the sense of {@code \\b}. */
        static boolean word(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }

        /** The index of the ')' closing the group opened at {@code open}. */
        private int groupEnd(int open) {
            int depth = 0;
            int i = open;
            while (i < re.length()) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    i = classEnd(i);
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
                i++;
            }
            throw new IllegalArgumentException("unbalanced group");
        }

        /** The index just after the character class opened at {@code open}. */
        private int classEnd(int open) {
            int depth = 0;
            int i = open;
            while (i < re.length()) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    if (re.startsWith("[^]", i) || re.startsWith("[]", i)) {
                        throw new IllegalArgumentException("class starting with ]");
                    }
                } else if (c == ']' && --depth == 0) {
                    return i + 1;
                }
                i++;
            }
            throw new IllegalArgumentException("unbalanced class");
        }
    }
}
