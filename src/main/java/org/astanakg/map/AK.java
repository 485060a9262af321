package org.astanakg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the Astana KG ontology ({@code ontology/astana.ttl}) and of the other vocabularies
 * the mapping uses, as Jena nodes. Names match the ontology's local names.
 */
public final class AK {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/astana-kg/ontology#";

    public static final Node Actor = term("Actor");
    public static final Node State = term("State");
    public static final Node Government = term("Government");
    public static final Node Opposition = term("Opposition");
    public static final Node Organisation = term("Organisation");
    public static final Node ArmedGroup = term("ArmedGroup");
    public static final Node InternationalOrganisation = term("InternationalOrganisation");
    public static final Node MediaOutlet = term("MediaOutlet");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Governorate = term("Governorate");
    public static final Node City = term("City");
    public static final Node Region = term("Region");
    public static final Node DeescalationZone = term("DeescalationZone");
    public static final Node PeaceProcess = term("PeaceProcess");
    public static final Node Event = term("Event");
    public static final Node TalkRound = term("TalkRound");
    public static final Node Talks = term("Talks");
    public static final Node Congress = term("Congress");
    public static final Node Agreement = term("Agreement");
    public static final Node Ceasefire = term("Ceasefire");
    public static final Node Truce = term("Truce");
    public static final Node Airstrike = term("Airstrike");
    public static final Node Attack = term("Attack");
    public static final Node ChemicalAttack = term("ChemicalAttack");
    public static final Node Shelling = term("Shelling");
    public static final Node Withdrawal = term("Withdrawal");
    public static final Node MilitaryIntervention = term("MilitaryIntervention");
    public static final Node MilitaryOperation = term("MilitaryOperation");
    public static final Node Reconciliation = term("Reconciliation");
    public static final Node Shootdown = term("Shootdown");
    public static final Node Participation = term("Participation");
    public static final Node Alignment = term("Alignment");
    public static final Node Claim = term("Claim");
    public static final Node PositionHeld = term("PositionHeld");
    public static final Node AgendaItem = term("AgendaItem");
    public static final Node Statement = term("Statement");
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node Sentence = term("Sentence");
    public static final Node Evidence = term("Evidence");
    public static final Node Role = term("Role");
    public static final Node Stance = term("Stance");
    public static final Node Measure = term("Measure");
    public static final Node Qualifier = term("Qualifier");
    public static final Node Topic = term("Topic");
    public static final Node ZoneTerm = term("ZoneTerm");
    public static final Node DatePrecision = term("DatePrecision");

    public static final Node PARTICIPANT = term("participant");
    public static final Node IN_EVENT = term("inEvent");
    public static final Node ROLE = term("role");
    public static final Node PLACE = term("place");
    public static final Node PART_OF_PROCESS = term("partOfProcess");
    public static final Node FOLLOWS = term("follows");
    public static final Node PRECEDES = term("precedes");
    public static final Node EVENT_ACTOR = term("eventActor");
    public static final Node EVENT_TARGET = term("eventTarget");
    public static final Node COVERS_AREA = term("coversArea");
    public static final Node GUARANTOR = term("guarantor");
    public static final Node AGREED_AT = term("agreedAt");
    public static final Node AGREED_BY = term("agreedBy");
    public static final Node ZONE_TERM = term("zoneTerm");
    public static final Node PART_OF_ZONE = term("partOfZone");
    public static final Node ALIGNED_ACTOR = term("alignedActor");
    public static final Node STANCE = term("stance");
    public static final Node ALIGNMENT_TARGET = term("alignmentTarget");
    public static final Node SUPPORTS = term("supports");
    public static final Node OPPOSES = term("opposes");
    public static final Node DEMANDS_OUSTER_OF = term("demandsOusterOf");
    public static final Node MEASURE = term("measure");
    public static final Node QUALIFIER = term("qualifier");
    public static final Node STATED_BY = term("statedBy");
    public static final Node ABOUT = term("about");
    public static final Node CLAIM_PLACE = term("claimPlace");
    public static final Node HOLDER = term("holder");
    public static final Node AFFILIATION = term("affiliation");
    public static final Node POSITION_AT = term("positionAt");
    public static final Node AGENDA_OF = term("agendaOf");
    public static final Node TOPIC = term("topic");
    public static final Node SPEAKER = term("speaker");
    public static final Node STATEMENT_AT = term("statementAt");
    public static final Node COUNTRY = term("country");
    public static final Node PART_OF_PLACE = term("partOfPlace");
    public static final Node STANDS_FOR = term("standsFor");
    public static final Node EVIDENCE = term("evidence");
    public static final Node ARTICLE = term("article");
    public static final Node SENTENCE = term("sentence");
    public static final Node IN_ARTICLE = term("inArticle");
    public static final Node REPORTED_IN = term("reportedIn");
    public static final Node MENTIONED_IN = term("mentionedIn");
    public static final Node PUBLISHER = term("publisher");
    public static final Node WIRE_SERVICE = term("wireService");
    public static final Node START_PRECISION = term("startPrecision");
    public static final Node END_PRECISION = term("endPrecision");
    public static final Node DATE_PRECISION = term("datePrecision");
    public static final Node AGREED_PRECISION = term("agreedPrecision");
    public static final Node DEADLINE_PRECISION = term("deadlinePrecision");
    public static final Node AS_OF_PRECISION = term("asOfPrecision");
    public static final Node SUPPORTS_PROPERTY = term("supportsProperty");
    public static final Node ORDINAL = term("ordinal");
    public static final Node START_DATE = term("startDate");
    public static final Node END_DATE = term("endDate");
    public static final Node DATE = term("date");
    public static final Node DATE_QUALIFIER = term("dateQualifier");
    public static final Node ATTENDED = term("attended");
    public static final Node ZONE_COUNT = term("zoneCount");
    public static final Node DURATION = term("duration");
    public static final Node DURATION_QUALIFIER = term("durationQualifier");
    public static final Node EXTENDABLE = term("extendable");
    public static final Node AGREED_ON = term("agreedOn");
    public static final Node BOUNDARY_DEADLINE = term("boundaryDeadline");
    public static final Node DEADLINE_MISSED = term("deadlineMissed");
    public static final Node VALUE = term("value");
    public static final Node VALUE_TEXT = term("valueText");
    public static final Node AS_OF = term("asOf");
    public static final Node POSITION_TITLE = term("positionTitle");
    public static final Node TEXT_SHA256 = term("textSha256");
    public static final Node TEXT_LENGTH = term("textLength");
    public static final Node SENTENCE_INDEX = term("sentenceIndex");
    public static final Node BEGIN_INDEX = term("beginIndex");
    public static final Node END_INDEX = term("endIndex");
    public static final Node SPAN_SHA = term("spanSha");

    private AK() {
    }

    /** The ontology term with this local name. */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
