package org.astanakg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpWikidataClientTest {
    private WikidataReplayServer server;
    private HttpWikidataClient client;

    @BeforeEach
    void start() throws Exception {
        server = new WikidataReplayServer();
        client = new HttpWikidataClient(server.api());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void searchReadsTheHitsOfWbsearchentities() {
        List<SearchHit> hits = client.search("Staffan de Mistura", "en", 5);
        assertEquals(2, hits.size());
        assertEquals(new SearchHit("Q90000001", "Staffan de Mistura", "Swedish-Italian diplomat (test item)", "label",
                "Staffan de Mistura"), hits.get(0));
        Map<String, String> asked = server.requests().get(0);
        assertEquals("wbsearchentities", asked.get("action"));
        assertEquals("item", asked.get("type"));
        assertEquals("5", asked.get("limit"));
        assertEquals("json", asked.get("format"));
    }

    @Test
    void itemsReadLabelsAliasesTheWikipediaTitleCoordinatesAndTypes() {
        Map<String, WikidataItem> items = client.items(List.of("Q90000001", "Q90000010", "Q99999999"));
        assertEquals(2, items.size(), "a missing item is left out");
        WikidataItem mistura = items.get("Q90000001");
        assertEquals(List.of("de Mistura"), mistura.aliases());
        assertEquals("Staffan de Mistura", mistura.enwiki());
        assertEquals(List.of("Q90000100"), mistura.instanceOf());
        WikidataItem ghouta = items.get("Q90000010");
        assertEquals(33.56, ghouta.lat());
        assertEquals(36.44, ghouta.lon());
        assertEquals("Q90000001|Q90000010|Q99999999", server.requests().get(0).get("ids"));
    }

    @Test
    void everyRequestSaysWhoIsAsking() {
        client.search("Ghouta", "en", 3);
        assertTrue(server.userAgents().get(0).startsWith("astana-kg/"));
    }

    @Test
    void anUnreachableApiIsALinkException() {
        HttpWikidataClient nowhere = new HttpWikidataClient(URI.create("http://127.0.0.1:1/w/api.php"));
        assertThrows(LinkException.class, () -> nowhere.search("Syria", "en", 1));
    }
}
