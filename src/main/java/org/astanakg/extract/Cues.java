package org.astanakg.extract;

import org.astanakg.text.Bigrams;
import org.astanakg.text.Rx;

/** Word patterns shared by the rules. Every one has bounded repetition (linear scanning). */
final class Cues {
    /** A sentence about talks of some kind. */
    static final Rx TALKS = Rx.compile("(?i)\\b(rounds?|talks|negotiations|meeting|meetings|session|"
            + "consultations|bout|summit|conference|gathering|delegations?|guarantors?|Astana\\sformat|peace\\sprocess|Astana\\sprocess)\\b");
    /** Other talks than Astana's: Geneva, UN-led. */
    static final Rx OTHER_TALKS = Rx.compile("(?i)\\b(Geneva|U\\.?N\\.?[-\\s](?:led|driven|backed|sponsored|brokered)"
            + "|Vienna|Constitutional\\sCommittee)\\b");
    /**
     * Other talks named as a place or a sponsor (Geneva, UN-led, Vienna). The Constitutional Committee
     * alone does not make a sentence about other talks: Astana rounds discuss it.
     */
    static final Rx OTHER_VENUE = Rx.compile("(?i)\\b(Geneva|U\\.?N\\.?[-\\s](?:led|driven|backed|sponsored|brokered)"
            + "|Vienna)\\b");
    /**
     * A gathering that is not a round although the guarantors or Syria's sides meet at it: a summit of
     * the presidents, a congress, a forum, a video conference of the leaders.
     */
    static final Rx OTHER_GATHERING = Rx.compile("(?i)\\b(summits?|congress(?:es)?|forums?|video[\\s-]?(?:conference|link|call)|"
            + "(?:presidents|leaders|heads\\sof\\sstate)\\sof\\s(?:the\\s)?(?:Russia|Iran|Turkey|Türkiye|Turkiye|three|guarantor)|"
            + "three\\s(?:presidents|leaders|heads\\sof\\sstate)|presidential\\s(?:summit|meeting)|"
            + "President\\b[^.;]{0,60}?\\b(?:his|her)\\s(?:[\\w-]{1,12}\\s){0,3}counterparts)\\b");
    /** Words that name a round of the talks themselves, whatever else the sentence names. */
    static final Rx ROUND_WORDS = Rx.compile("(?i)\\b(rounds?|talks|negotiations|international\\smeeting|delegations?|"
            + "consultations|bout)\\b");
    /** Astana talks named as such. */
    static final Rx ASTANA = Rx.compile("(?i)\\b(Astana|Nur-Sultan|Kazakh|Kazakhstan|Sochi)\\b");
    /** A verb or noun saying talks begin or take place. */
    static final Rx START = Rx.compile("(?i)\\b(begin|began|begun|begins|beginning|open|opened|opens|opening|"
            + "kick(?:ed|s)?\\soff|start|started|starts|starting|get\\sunder\\s?way|got\\sunder\\s?way|under\\s?way|"
            + "convene[ds]?|held|hold|holds|holding|meet|met|meeting|focused|focuses|focus|gather(?:ed)?|launched|resume[ds]?|"
            + "take\\splace|took\\splace|taking\\splace|host|hosts|hosted|hosting)\\b");
    /** A verb saying talks end. */
    static final Rx END = Rx.compile("(?i)\\b(conclude[ds]?|concluding|end|ended|ends|close[ds]?|closing|"
            + "wrap(?:ped)?\\sup|finish(?:ed|es)?|wind\\sup)\\b");
    /**
     * Talks lasting until a day, just before that day's phrase: "will last until July 31", "the talks
     * run through Thursday" (a verb of lasting, so that "a halt to fighting until July 6" is not one).
     */
    static final Rx UNTIL = Rx.compile("(?i)\\b(?:last|lasts|lasted|lasting|run|runs|ran|running|continue[sd]?|"
            + "continuing|go\\son|goes\\son|went\\son|sit|sits|be\\sheld|is\\sheld|are\\sheld)\\s(?:\\w{1,12}\\s)?"
            + "(?:until|till|through)\\s{1,3}(?:on\\s)?$");
    /** Talks going on now. */
    static final Rx ONGOING = Rx.compile("(?i)\\b(have\\sbegun|has\\sbegun|began|begin|begins|opened|opens|"
            + "kicked\\soff|kick\\soff|got\\sunder\\s?way|are\\sunder\\s?way|were\\sunder\\s?way|is\\sunder\\s?way|underway|"
            + "are\\smeeting|is\\smeeting|met|started|starts|are\\sbeing\\sheld|is\\sbeing\\sheld|opening)\\b");
    /** Talks that have ended (the article is written at their close). */
    static final Rx ENDED = Rx.compile("(?i)\\b(wrapped\\sup|wraps\\sup|concluded|concludes|ended|ends|closed|"
            + "at\\sthe\\send\\sof|at\\sthe\\sclose\\sof|came\\sto\\san\\send)\\b");
    /** How long talks last. */
    static final Rx DURATION = Rx.compile("(?i)\\b(two|three|four|2|3|4)[\\s-](?:day|days)\\b");
    /** An earlier or later round, not the one reported. */
    static final Rx OTHER_ROUND = Rx.compile("(?i)\\b(last|previous|prior|earlier|past|preceding|next|upcoming|"
            + "following|former|since\\sthe|at\\sthe|during\\sthe|in\\sthe),?\\s{1,3}(?:[\\w-]{1,20}\\s){0,2}$");
    /** A future round. */
    static final Rx NEXT = Rx.compile("(?i)\\b(next|upcoming|following)\\b");

    /** The guarantors named by their adjective ("the Iranian delegation"), by registry id. */
    static final java.util.Map<String, String> GUARANTOR_DEMONYMS = java.util.Map.of("Iranian", "iran", "Russian", "russia",
            "Turkish", "turkey");

    private Cues() {
    }

    private static final String[] TALK_WORDS = {"round", "talks", "negotiation", "meeting", "session", "consultation",
        "bout", "summit", "conference", "gathering", "delegation", "guarantor", "astana format", "peace process", "astana process"};
    private static final String[] ASTANA_WORDS = {"astana", "nur-sultan", "kazakh", "sochi"};
    private static final String[] GATHERING_WORDS = {"summit", "congress", "forum", "video", "presidents", "leaders",
        "heads of state", "presidential", "counterparts"};
    private static final String[] ROUND_KEYS = {"round", "talks", "negotiations", "international meeting", "delegation",
        "consultations", "bout"};
    private static final String[] OTHER_WORDS = {"geneva", "u.n", "un-", "un ", "vienna"};

    /** A sentence about talks of some kind; {@code lower} is its lower-case form (a cheap gate). */
    static boolean talks(String t, String lower, Bigrams pairs) {
        return any(lower, pairs, TALK_WORDS) && TALKS.matcher(t).find();
    }

    /** A sentence naming Astana, Nur-Sultan, Sochi or Kazakhstan. */
    static boolean astana(String t, String lower, Bigrams pairs) {
        return any(lower, pairs, ASTANA_WORDS) && ASTANA.matcher(t).find();
    }

    /** A sentence naming other talks (Geneva, UN-led). */
    static boolean otherTalks(String t, String lower, Bigrams pairs) {
        return any(lower, pairs, OTHER_WORDS) && OTHER_VENUE.matcher(t).find();
    }

    /**
     * A sentence about a gathering other than a round (a presidents' summit, a congress, a forum) that
     * names no round, talks or delegations.
     */
    static boolean otherGatheringOnly(String t, String lower, Bigrams pairs) {
        return any(lower, pairs, GATHERING_WORDS) && OTHER_GATHERING.matcher(t).find()
                && !(any(lower, pairs, ROUND_KEYS) && ROUND_WORDS.matcher(t).find());
    }

    /** True when {@code lower} contains one of the keys ({@code pairs} are its character pairs). */
    static boolean any(String lower, Bigrams pairs, String... keys) {
        for (String k : keys) {
            if (pairs.mayContain(k) && lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    static boolean any(String lower, String... keys) {
        for (String k : keys) {
            if (lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** True for a sentence about other talks (Geneva, UN-led) that does not name Astana's. */
    static boolean otherTalksOnly(String t) {
        return OTHER_TALKS.matcher(t).find() && !ASTANA.matcher(t).find();
    }

    /** True when other talks are named within a few words of [begin, end) of the sentence. */
    static boolean otherTalksNear(String t, int begin, int end) {
        String near = t.substring(Math.max(0, begin - 20), Math.min(t.length(), end + 30));
        return OTHER_TALKS.matcher(near).find();
    }
}
