package org.astanakg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/** The replay server, for tests in other packages. */
public final class LinkTestServer implements AutoCloseable {
    private final WikidataReplayServer server;

    private LinkTestServer(WikidataReplayServer server) {
        this.server = server;
    }

    /** Starts a replay server on loopback. */
    public static LinkTestServer start() {
        try {
            return new LinkTestServer(new WikidataReplayServer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its {@code api.php} address. */
    public URI api() {
        return server.api();
    }

    @Override
    public void close() {
        server.close();
    }
}
