package org.astanakg.fact;

import java.util.List;

/** One thing an article says, with the evidence for it. */
public sealed interface Fact permits RoundFact, ParticipationFact, ZoneFact, AlignmentFact, ClaimFact,
        EventFact, PersonFact, TopicFact, StatementFact {

    /** The fact's id, unique within its article. */
    String id();

    /** Where the article says it; never empty. */
    List<Evidence> evidence();
}
