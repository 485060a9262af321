package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.of(RegistryReader.read(Path.of("data/registry.yaml")));

    private List<String> ids(String text) {
        return gazetteer.find(text).stream().map(Mention::entity).toList();
    }

    @Test
    void prefersTheLongestName() {
        assertEquals(List.of("idlib-governorate", "hayat-tahrir-al-sham"), ids("Idlib province is held by Hayat Tahrir al-Sham."));
    }

    @Test
    void respectsWordBoundariesAndCase() {
        assertEquals(List.of(), ids("This is thus unusual: Russian bus, Iranian plus"));
        assertEquals(List.of("united-states"), ids("the US-backed force"));
    }

    @Test
    void matchesTypographicApostrophesAndCapitalisedAliases() {
        assertEquals(List.of("hayat-tahrir-al-sham", "syrian-government"), ids("Hay’et Tahrir al-Sham and The regime"));
    }

    @Test
    void readsNurSultanAsAstana() {
        assertEquals(List.of("astana"), ids("talks in Nur-Sultan"));
    }
}
