package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.astanakg.fact.PersonFact;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * People and the role the article gives them, from the title written before the name ("Kazakh
 * foreign ministry spokesman Anuar Zhainakov", "Special Representative for Syria Engagement James
 * Jeffrey") or in apposition after it ("Alexander Lavrentiev, Russia's chief negotiator"; "Russia's
 * chief negotiator at the talks, Alexander Lavrentiev"). Affiliation is the registry's.
 */
final class PersonRules {
    /** Commas and spaces at the end of a phrase. */
    static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    /** Runs of white space between words. */
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final java.util.Set<String> HEAD_OR_KING = java.util.Set.of("Head", "head", "King", "king");
    private static final String ROLE = "(?:President|president|Minister|minister|envoy|Envoy|spokes(?:man|woman|person)|"
            + "negotiator|diplomat|Representative|representative|leader|correspondent|ambassador|Ambassador|chief|head|"
            + "secretary|Secretary|commander|director|adviser|advisor|official|chairman|deputy|Deputy|aide|monarch|king|premier|Premier)";
    /** The words {@link #ROLE} can begin with. */
    private static final String[] ROLE_WORDS = {"President", "president", "Minister", "minister", "envoy", "Envoy", "spokes",
        "negotiator", "diplomat", "Representative", "representative", "leader", "correspondent", "ambassador", "Ambassador",
        "chief", "head", "secretary", "Secretary", "commander", "director", "adviser", "advisor", "official", "chairman",
        "deputy", "Deputy", "aide", "monarch", "king", "premier", "Premier"};
    /**
     * A title ending where the name begins: up to six words (each followed by one white space), then a
     * role word; so a role word must begin within six white spaces of where it starts.
     */
    private static final Rx TITLE_BEFORE = Rx.compile("((?:[\\w'’.-]{1,25}\\s){0,6}" + ROLE
            + "(?:\\s(?:for|of|to|at)\\s(?:the\\s)?[\\w'’.-]{1,25}(?:\\s[A-Z][\\w'’.-]{1,25}){0,2})?)[,\\s]{1,2}$");
    private static final Rx TITLE_AFTER = Rx.compile("^,\\s(?:the\\s|a\\s)?((?:[\\w'’.-]{1,25}\\s){0,5}?" + ROLE
            + "(?:\\s(?:for|of|to|at)\\s(?:the\\s)?[\\w'’.-]{1,25}(?:\\s[A-Z][\\w'’.-]{1,25}){0,2})?)\\s?[,.]");
    private final Context ctx;
    private final String round;

    PersonRules(Context ctx, String round) {
        this.ctx = ctx;
        this.round = round;
    }

    void run(FactSink sink) {
        for (Context.Line line : ctx.lines()) {
            for (Mention m : line.mentions()) {
                Entity e = ctx.entity(m.entity()).orElse(null);
                if (e == null || e.type() != EntityType.PERSON) {
                    continue;
                }
                String position = title(line, m);
                boolean talks = line.astanaTalks();
                sink.add(new PersonFact(sink.newId("h"), e.id(), position == null ? fallback(e) : position,
                        e.affiliation(), talks ? round : null, List.of(ctx.evidence(line, m))));
            }
        }
    }

    /**
     * The longest title phrase that ends where the name begins: tried from the twelfth word back to the
     * last one, each an anchored match (no scan from every position).
     */
    private static String titleEndingAt(String before) {
        int end = before.length();
        int[] starts = new int[13];
        int n = 0;
        for (int i = end - 1; i > 0 && n < starts.length; i--) {
            if (before.charAt(i - 1) == ' ' && before.charAt(i) != ' ') {
                starts[n++] = i;
            }
        }
        if (n < starts.length && end > 0 && before.charAt(0) != ' ') {
            starts[n++] = 0;
        }
        int[] spaces = new int[end + 1];
        for (int i = 0; i < end; i++) {
            spaces[i + 1] = spaces[i] + (Rx.whiteSpace(before.charAt(i)) ? 1 : 0);
        }
        int nextRole = -1;
        int[] roleAfter = new int[end + 1];
        for (int i = end; i >= 0; i--) {
            if (i < end && (i == 0 || Rx.whiteSpace(before.charAt(i - 1))) && startsRole(before, i)) {
                nextRole = i;
            }
            roleAfter[i] = nextRole;
        }
        for (int k = n - 1; k >= 0; k--) {
            int role = roleAfter[starts[k]];
            if (role < 0 || spaces[role] - spaces[starts[k]] > 6) {
                continue;
            }
            Rx.M m = TITLE_BEFORE.matcher(before).region(starts[k], end);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** True when one of the title's role words begins at {@code i}. */
    private static boolean startsRole(String s, int i) {
        for (String r : ROLE_WORDS) {
            if (s.startsWith(r, i)) {
                return true;
            }
        }
        return false;
    }

    private String title(Context.Line line, Mention m) {
        String t = line.text();
        String before = t.substring(Math.max(0, line.rel(m) - 90), line.rel(m));
        if (hasRole(before)) {
            String title = titleEndingAt(before);
            if (title != null) {
                return clean(title);
            }
        }
        String after = t.substring(line.relEnd(m), Math.min(t.length(), line.relEnd(m) + 90));
        Rx.M a = TITLE_AFTER.matcher(after);
        if (after.startsWith(",") && hasRole(after) && a.find()) {
            return clean(a.group(1));
        }
        return null;
    }

    private static final String[] ROLE_STEMS = {"resident", "inister", "nvoy", "pokes", "negotiator", "diplomat",
        "epresentative", "leader", "correspondent", "mbassador", "chief", "head", "ecretary", "commander", "director",
        "advis", "official", "chairman", "eputy", "aide", "monarch", "remier"};

    private static boolean hasRole(String s) {
        for (String r : ROLE_STEMS) {
            if (s.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title proper: the last role word, the capitalised words and modifiers just before it
     * ("Kazakh foreign ministry spokesman"), and the phrase after it ("for Syria").
     */
    static String clean(String title) {
        String[] words = SPACES.split(TRAILING_COMMAS.matcher(title.trim()).replaceAll(""));
        int role = -1;
        for (int i = 0; i < words.length; i++) {
            if (hasRole(words[i]) || HEAD_OR_KING.contains(words[i])) {
                role = i;
            }
        }
        if (role < 0) {
            return null;
        }
        int from = role;
        while (from > 0 && (Character.isUpperCase(words[from - 1].charAt(0)) || MODIFIERS.contains(words[from - 1])
                || hasRole(words[from - 1]))) {
            from--;
        }
        while (from < role && LINKS.contains(words[from])) {
            from++;
        }
        String s = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        return s.isEmpty() || s.length() > 120 ? null : s;
    }

    private static final java.util.Set<String> MODIFIERS = java.util.Set.of("foreign", "ministry", "special", "chief",
            "top", "deputy", "senior", "former", "acting", "defence", "defense", "interior", "government", "opposition",
            "military", "presidential", "of", "for", "the", "to");
    private static final java.util.Set<String> LINKS = java.util.Set.of("of", "for", "the", "to", "The", "A", "a");

    private String fallback(Entity e) {
        if (e.affiliation() != null && ctx.type(e.affiliation()) == EntityType.MEDIA_OUTLET) {
            return "correspondent";
        }
        return e.affiliation() == null ? "named person" : "official";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
