package org.astanakg.link;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the linker needs from Wikidata; tests replace the network with recorded answers. */
public interface WikidataClient {

    /** Items whose label or alias matches {@code text} ({@code wbsearchentities}), best first. */
    List<SearchHit> search(String text, String language, int limit);

    /** The items with these ids ({@code wbgetentities}), by id; missing ids are left out. */
    Map<String, WikidataItem> items(Collection<String> ids);
}
