package org.astanakg.link;

/**
 * One result of {@code wbsearchentities}.
 *
 * @param id          the QID
 * @param label       its label in the asked language, or ""
 * @param description its description, or ""
 * @param matchType   what matched: {@code label}, {@code alias}...
 * @param matchText   the text that matched
 */
public record SearchHit(String id, String label, String description, String matchType, String matchText) {
}
