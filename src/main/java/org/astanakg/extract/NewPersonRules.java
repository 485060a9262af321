package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.astanakg.fact.PersonFact;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.text.Mention;

/**
 * People the registry does not know, named with the role their apposition gives: a title before the
 * name ("Kazakh foreign ministry spokesman Aibek Smadiyarov") or after it ("Ayman Sousan, Syria's
 * deputy foreign minister,"). Each becomes an article-local entity (the facts file's {@code entities:}
 * list) with the affiliation the title names, and a person fact.
 */
final class NewPersonRules {
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.’'-]+$");
    private static final Pattern TITLE_WORD_BREAKS = Pattern.compile("[\\s’']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final String ROLE = "(?:[Ss]pokes(?:man|woman|person)|negotiator|envoy|[Mm]inister|diplomat|[Rr]epresentative|"
            + "[Aa]mbassador|chief|head|leader|commander|adviser|advisor|chairman|[Dd]eputy|[Pp]resident|[Ss]ecretary)";
    /** A capitalised word of a name; not a title word, so "Deputy Foreign Minister Kanat Tumysh" names Kanat Tumysh. */
    private static final String WORD = "(?:(?!(?:Deputy|Foreign|Minister|Special|Envoy|President|Ambassador|Secretary|"
            + "Representative|Vice|Senior|Chief)\\b)[A-Z][\\p{L}'’.-]{1,20}|al-[\\p{L}'’-]{2,20})";
    private static final String NAME = "(" + WORD + "(?:\\s" + WORD + "){1,2})";
    /**
     * "its ambassador to Kazakhstan George Krol", "Deputy Minister of Foreign Affairs and Expatriates Ayman
     * Sousan": the post's country or office (up to three capitalised words) between title and name.
     */
    private static final Rx TITLE_THEN_NAME = Rx.compile("\\b" + ROLE + "(?:\\s(?:to|in|for|of)\\s(?:the\\s)?[A-Z][\\p{L}-]{1,20}"
            + "(?:\\s(?:and\\s)?[A-Z][\\p{L}-]{1,20}){0,2})?\\s"
            + NAME + "(?=[\\s,.;:)]|$)");
    static final Rx NAME_THEN_TITLE = Rx.compile("(?<![^\\s(])" + NAME + ",\\s((?:the\\s)?(?:[A-Z][\\p{L}]{1,20}(?:'s|’s)\\s)?"
            + "(?:[\\p{L}-]{1,20}\\s){0,4}?" + ROLE + "(?:\\s(?:for|of|to)\\s(?:the\\s)?[A-Z][\\p{L}]{1,20})?)[,.]");
    /**
     * A name in apposition ends at a comma: the pattern is tried only around each ", ", from the longest
     * name before it (three words of up to 23 chars) to the longest title after it (4 + 24 + 84 + 14 + 30
     * + 1 chars), so it finds what a search of the whole sentence finds.
     */
    static final String[] COMMA = {", "};
    static final int NAME_BEFORE_COMMA = 80;
    static final int TITLE_AFTER_COMMA = 170;
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "On", "In", "At", "But", "And", "As", "For",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Syria", "Syrian",
            "Russian", "Iranian", "Turkish", "Kazakh", "Foreign", "Minister", "President", "Ministry", "Affairs", "State",
            "Defence", "Defense", "Deputy", "Special", "Envoy", "General", "Secretary", "Astana", "Nur-Sultan", "Sochi",
            "UN", "US", "He", "She", "It", "They", "We", "This", "That", "Islamic", "Republic", "Arab", "Middle", "East");
    private static final Map<String, String> ADJECTIVES = Map.ofEntries(Map.entry("russian", "russia"),
            Map.entry("russia", "russia"), Map.entry("iranian", "iran"), Map.entry("iran", "iran"),
            Map.entry("turkish", "turkey"), Map.entry("turkey", "turkey"), Map.entry("kazakh", "kazakhstan"),
            Map.entry("american", "united-states"), Map.entry("us", "united-states"), Map.entry("jordanian", "jordan"),
            Map.entry("syrian", "syrian-government"), Map.entry("un", "united-nations"));

    private static final Rx DELEGATION = Rx.compile("\\b(\\p{L}{2,12})(?:'s|’s)?\\s(?:(opposition)\\s|government\\s)?delegation\\b");
    /** "...; and Türkiye, headed by the Deputy Minister ...": the side named just before ", headed by". */
    private static final Rx HEADED_BY = Rx.compile(",\\s(?:headed|led)\\sby\\s(?:the\\s)?$");
    private static final Rx LEADS = Rx.compile("(?i)\\b(head(?:ed|s)?|le[ad]d?s?|chair(?:ed|s))\\b");

    private final Context ctx;
    private final String round;

    NewPersonRules(Context ctx, String round) {
        this.ctx = ctx;
        this.round = round;
    }

    void run(FactSink sink) {
        Map<String, Entity> found = new HashMap<>();
        for (Context.Line line : ctx.lines()) {
            if (!line.has("spokes", "negotiator", "envoy", "minister", "diplomat", "representative", "ambassador", "chief",
                    "head", "leader", "commander", "advis", "chairman", "deputy", "president", "secretary")) {
                continue;
            }
            Rx.M a = TITLE_THEN_NAME.matcher(line.text());
            while (a.find()) {
                String before = line.text().substring(Math.max(0, a.start() - 60), a.start(1));
                String title = PersonRules.clean(before);
                int titleEnd = a.start(1) - before.length() + PersonRules.TRAILING_COMMAS.matcher(before).replaceAll("").length();
                person(line, a.start(1), a.end(1), title, title == null ? a.start(1) : titleEnd - title.length(), sink, found);
            }
            List<int[]> commas = Regions.around(line.lower(), COMMA, false, NAME_BEFORE_COMMA, TITLE_AFTER_COMMA);
            for (Regions.MatchAt b : Regions.find(NAME_THEN_TITLE, line.text(), commas)) {
                person(line, b.result().start(1), b.result().end(1), PersonRules.clean(b.group(2)), b.result().start(2), sink,
                        found);
            }
        }
    }

    private void person(Context.Line line, int from, int to, String title, int titleFrom, FactSink sink,
            Map<String, Entity> found) {
        String name = TRAILING_MARKS.matcher(line.text().substring(from, to)).replaceAll("");
        if (title == null || !isName(line, name, from, to)) {
            return;
        }
        String id = slug(name);
        if (id.isEmpty() || ctx.entity(id).isPresent()) {
            return;
        }
        String stated = affiliation(line, title, Math.min(titleFrom, from), Math.max(from, titleFrom + title.length()));
        String affiliation = stated != null ? stated
                : delegation(line, Math.min(titleFrom, from), Math.max(to, titleFrom + title.length()));
        if (affiliation == null) {
            affiliation = possessor(line, Math.min(titleFrom, from));
        }
        if (affiliation == null) {
            affiliation = headedBy(line, Math.min(titleFrom, from));
        }
        String affiliated = affiliation;
        Entity e = found.computeIfAbsent(id, k -> new Entity(k, EntityType.PERSON, name, List.of(), null, null, null, null,
                null, affiliated, null, null));
        sink.addEntity(e);
        boolean talks = line.astanaTalks();
        sink.add(new PersonFact(sink.newId("h"), id, title, e.affiliation(), talks ? round : null,
                List.of(ctx.evidence(line, Math.min(from, Math.max(0, titleFrom)), Math.max(to, Math.min(line.text().length(),
                        titleFrom + title.length()))))));
    }

    private boolean isName(Context.Line line, String name, int from, int to) {
        for (String w : PersonRules.SPACES.split(name)) {
            if (NOT_NAMES.contains(w)) {
                return false;
            }
        }
        int b = line.sentence().span().begin();
        return line.mentions().stream().noneMatch(m -> m.span().begin() - b < to && from < m.span().end() - b);
    }

    private String affiliation(Context.Line line, String title, int from, int to) {
        int b = line.sentence().span().begin();
        for (Mention m : line.mentions()) {
            String actor = ctx.actor(m);
            if (actor != null && m.span().begin() - b >= from && m.span().end() - b <= to
                    && ctx.type(actor) != EntityType.PERSON && !posting(line.text(), m.span().begin() - b)) {
                return actor.equals("syria") ? "syrian-government" : actor;
            }
        }
        for (String w : TITLE_WORD_BREAKS.split(title)) {
            String id = ADJECTIVES.get(w.toLowerCase(Locale.ROOT));
            if (id != null && ctx.entity(id).isPresent()) {
                return id.equals("kazakhstan") && title.toLowerCase(Locale.ROOT).contains("ministry")
                        && ctx.entity("kazakh-foreign-ministry").isPresent() ? "kazakh-foreign-ministry" : id;
            }
        }
        return null;
    }

    /** "ambassador to Kazakhstan", "envoy in Astana": the country of the posting, not the person's own. */
    private static boolean posting(String t, int at) {
        return at >= 3 && (t.startsWith("to ", at - 3) || t.startsWith("in ", at - 3))
                || at >= 7 && (t.startsWith("to the ", at - 7) || t.startsWith("in the ", at - 7));
    }

    /**
     * "The US is represented by its ambassador to Kazakhstan George Krol": a title after "its" belongs
     * to the state or organisation the sentence named last before it.
     */
    private String possessor(Context.Line line, int titleFrom) {
        String t = line.text();
        if (titleFrom < 4 || !t.startsWith("its ", titleFrom - 4)) {
            return null;
        }
        String owner = null;
        for (Mention m : line.mentions()) {
            String actor = ctx.actor(m);
            if (actor != null && line.relEnd(m) <= titleFrom && ctx.type(actor) != EntityType.PERSON
                    && ctx.type(actor) != EntityType.MEDIA_OUTLET) {
                owner = actor;
            }
        }
        return "syria".equals(owner) ? "syrian-government" : owner;
    }

    /** "Russia, Iran and Türkiye, headed by ... Burak Akcapar": the side named just before the comma. */
    private String headedBy(Context.Line line, int titleFrom) {
        String t = line.text();
        int from = Math.max(0, titleFrom - 20);
        Rx.M h = HEADED_BY.matcher(t.substring(from, titleFrom));
        if (!line.has("headed by", "led by") || !h.find()) {
            return null;
        }
        int comma = from + h.start();
        for (Mention m : line.mentions()) {
            String actor = ctx.actor(m);
            if (actor != null && line.relEnd(m) == comma && ctx.type(actor) != EntityType.PERSON
                    && ctx.type(actor) != EntityType.MEDIA_OUTLET) {
                return "syria".equals(actor) ? "syrian-government" : actor;
            }
        }
        return null;
    }

    /**
     * The side whose delegation the person leads: "the Turkish delegation was headed by Deputy Minister
     * ... Nuh Yilmaz", "Ahmet Yildiz, Deputy Minister of Foreign Affairs, headed the Turkish delegation".
     */
    private String delegation(Context.Line line, int from, int to) {
        if (!line.has("delegation")) {
            return null;
        }
        String t = line.text();
        Rx.M m = DELEGATION.matcher(t);
        while (m.find()) {
            boolean after = m.start() >= to;
            String between = after ? t.substring(to, m.start()) : m.end() <= from ? t.substring(m.end(), from) : null;
            if (between == null || between.length() > 60 || !LEADS.matcher(between).find()) {
                continue;
            }
            String id = m.group(2) != null ? "syrian-opposition" : ADJECTIVES.get(m.group(1).toLowerCase(Locale.ROOT));
            if (id != null && ctx.entity(id).isPresent()) {
                return id;
            }
        }
        return null;
    }

    /** A registry-style id for a name: lower case ASCII words joined by hyphens. */
    static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return EDGE_HYPHENS.matcher(NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }
}
