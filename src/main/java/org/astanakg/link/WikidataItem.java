package org.astanakg.link;

import java.util.List;

/**
 * What {@code wbgetentities} says of an item that matters for matching.
 *
 * @param id          the QID
 * @param label       its English label, or ""
 * @param description its English description, or ""
 * @param aliases     its English aliases
 * @param enwiki      the title of its English Wikipedia article, or ""
 * @param lat         latitude of its coordinate location (P625), or null
 * @param lon         longitude of its coordinate location (P625), or null
 * @param instanceOf  the QIDs it is an instance of (P31)
 */
public record WikidataItem(String id, String label, String description, List<String> aliases, String enwiki,
        Double lat, Double lon, List<String> instanceOf) {
    public WikidataItem {
        aliases = List.copyOf(aliases);
        instanceOf = List.copyOf(instanceOf);
    }
}
