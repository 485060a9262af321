package org.astanakg.text;

/**
 * A registry entity named in the text.
 *
 * @param span   where the name is (char indices of the article text)
 * @param entity the registry id of the entity the name belongs to
 * @param name   the name as written
 */
public record Mention(Span span, String entity, String name) {
}
