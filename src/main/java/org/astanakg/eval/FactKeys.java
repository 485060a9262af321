package org.astanakg.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.astanakg.fact.AlignmentFact;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.ClaimFact;
import org.astanakg.fact.EventFact;
import org.astanakg.fact.Fact;
import org.astanakg.fact.ParticipationFact;
import org.astanakg.fact.PersonFact;
import org.astanakg.fact.RoundFact;
import org.astanakg.fact.RoundStatus;
import org.astanakg.fact.StatementFact;
import org.astanakg.fact.TopicFact;
import org.astanakg.fact.ZoneFact;

/**
 * The keys facts are matched on, per type (see {@code data/eval/README.md}):
 * <ul>
 * <li>{@code rounds}: the round's identity: reported, or mentioned with its ordinal, else its start;</li>
 * <li>{@code round-dates}: identity + start + end; {@code round-places}: identity + place;</li>
 * <li>{@code round}: identity + ordinal + start + end + place (all at once);</li>
 * <li>{@code participation} (roles): event identity + actor + role + attended;</li>
 * <li>{@code zone}: zone + count; {@code alignment}: actor + relation + target;</li>
 * <li>{@code claim}: measure + value or valueText + qualifier + statedBy;</li>
 * <li>{@code event}: kind + date (or start); {@code person}: person + affiliation;</li>
 * <li>{@code topic}: event identity + topic; {@code statement}: speaker + event identity.</li>
 * </ul>
 * An event identity is that of the round referred to, or {@code event:KIND} for another event.
 */
public final class FactKeys {
    /** The fact types reported, in report order; the first block makes up the overall score. */
    public static final List<String> TYPES = List.of("round", "participation", "zone", "alignment", "claim", "event",
            "person", "topic", "statement");
    /** Derived views of the rounds. */
    public static final List<String> ROUND_VIEWS = List.of("rounds", "round-dates", "round-places");

    private FactKeys() {
    }

    /** The keys of an article's facts, by type (base types and round views). */
    public static Map<String, TreeSet<String>> of(ArticleFacts article) {
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        for (String t : TYPES) {
            out.put(t, new TreeSet<>());
        }
        for (String t : ROUND_VIEWS) {
            out.put(t, new TreeSet<>());
        }
        for (Fact f : article.facts()) {
            add(out, article, f);
        }
        return out;
    }

    private static void add(Map<String, TreeSet<String>> out, ArticleFacts a, Fact f) {
        if (f instanceof RoundFact r) {
            String id = identity(r);
            out.get("rounds").add(id);
            out.get("round-dates").add(join(id, r.start(), r.end()));
            out.get("round-places").add(join(id, r.place()));
            out.get("round").add(join(id, r.ordinal(), r.start(), r.end(), r.place()));
        } else if (f instanceof ParticipationFact p) {
            out.get("participation").add(join(event(a, p.event()), p.actor(), p.role().slug(), p.attended() ? "attended" : "absent"));
        } else if (f instanceof ZoneFact z) {
            out.get("zone").add(join(z.zone(), z.count()));
        } else if (f instanceof AlignmentFact al) {
            out.get("alignment").add(join(al.actor(), al.relation().slug(), al.target()));
        } else if (f instanceof ClaimFact c) {
            out.get("claim").add(join(c.measure().slug(), c.value() != null ? plain(c.value()) : c.valueText(),
                    c.qualifier() == null ? null : c.qualifier().slug(), c.statedBy()));
        } else if (f instanceof EventFact e) {
            out.get("event").add(join(e.kind().slug(), e.date() != null ? e.date() : e.start()));
        } else if (f instanceof PersonFact p) {
            out.get("person").add(join(p.person(), p.affiliation()));
        } else if (f instanceof TopicFact t) {
            out.get("topic").add(join(event(a, t.event()), t.topic().slug()));
        } else if (f instanceof StatementFact s) {
            out.get("statement").add(join(s.speaker(), event(a, s.event())));
        }
    }

    private static String identity(RoundFact r) {
        if (r.status() == RoundStatus.REPORTED) {
            return "reported-round";
        }
        return "mentioned-round:" + (r.ordinal() != null ? r.ordinal() : String.valueOf(r.start()));
    }

    private static String event(ArticleFacts a, String id) {
        if (id == null) {
            return "-";
        }
        Fact f = a.fact(id).orElse(null);
        if (f instanceof RoundFact r) {
            return identity(r);
        }
        if (f instanceof EventFact e) {
            return "event:" + e.kind().slug();
        }
        return "?";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String join(Object... parts) {
        List<String> s = new ArrayList<>();
        for (Object p : parts) {
            s.add(p == null ? "-" : Objects.toString(p));
        }
        return String.join(" | ", s);
    }
}
