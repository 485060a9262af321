package org.astanakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {

    @Test
    void thePublishedContextFileIsTheOneExportsEmbed() throws IOException {
        String published = Files.readString(Path.of("ontology/context.jsonld"), StandardCharsets.UTF_8);
        assertEquals(JsonLdContext.standard().document(), published,
                "ontology/context.jsonld is stale: regenerate it with "
                        + "'astana-kg export --format context -o ontology/context.jsonld'");
    }

    @Test
    void theContextIsJsonWithPrefixesAndTerms() {
        JsonObject context = JSON.parse(JsonLdContext.standard().document()).get("@context").getAsObject();
        assertEquals("https://w3id.org/astana-kg/ontology#", context.get("ak").getAsString().value());
        assertEquals("ak:participant", context.get("participant").getAsObject().get("@id").getAsString().value());
        assertEquals("@id", context.get("participant").getAsObject().get("@type").getAsString().value());
        assertEquals("en", context.get("label").getAsObject().get("@language").getAsString().value());
    }

    @Test
    void aTermNeverShadowsAPrefix() {
        JsonObject context = JSON.parse(JsonLdContext.standard().document()).get("@context").getAsObject();
        assertTrue(context.get("role").isString(), "role stays the prefix of the role vocabulary");
        assertTrue(context.get("measure").isString());
    }
}
