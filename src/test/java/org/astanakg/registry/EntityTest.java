package org.astanakg.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTest {
    private static Entity person(String affiliation, List<String> aliases) {
        return new Entity("kanat-tumysh", EntityType.PERSON, "Kanat Tumysh", aliases, null, null, null, null, null,
                affiliation, null, null);
    }

    @Test
    void aDefinitionWithoutAnAffiliationJoinsOneWithIt() {
        Entity merged = person(null, List.of("Tumysh")).mergedWith(person("kazakh-foreign-ministry", List.of()));
        assertEquals(person("kazakh-foreign-ministry", List.of("Tumysh")), merged);
        assertEquals(merged, person("kazakh-foreign-ministry", List.of()).mergedWith(person(null, List.of("Tumysh"))));
    }

    @Test
    void definitionsThatDisagreeDoNotMerge() {
        assertNull(person("kazakhstan", List.of()).mergedWith(person("kazakh-foreign-ministry", List.of())));
        Entity group = new Entity("kanat-tumysh", EntityType.ARMED_GROUP, "Kanat Tumysh", List.of(), null, null, null, null,
                null, null, null, null);
        assertNull(person(null, List.of()).mergedWith(group));
    }
}
