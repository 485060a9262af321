package org.astanakg.fact;

import java.util.Arrays;
import java.util.Optional;

/** A value of a controlled vocabulary, written in the facts files as a lowercase slug. */
public interface Slugged {

    /** The slug, e.g. {@code more-than}. */
    String slug();

    /** The constant of {@code type} whose slug is {@code slug}. */
    static <E extends Enum<E> & Slugged> Optional<E> find(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.slug().equals(slug)).findFirst();
    }

    /** All slugs of {@code type}, for error messages. */
    static <E extends Enum<E> & Slugged> String all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Slugged::slug).toList().toString();
    }

    /** The slug made from an enum constant's name: {@code MORE_THAN} gives {@code more-than}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
