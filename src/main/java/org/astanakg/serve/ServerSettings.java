package org.astanakg.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the endpoint is served.
 *
 * @param host     the address to bind: loopback unless told otherwise
 * @param port     the port, 0 for any free one
 * @param timeout  the longest a query may run
 * @param queries  the folder of example queries the landing page lists, or null
 */
public record ServerSettings(String host, int port, Duration timeout, Path queries) {
    /** The dataset's path on the server. */
    public static final String DATASET = "/astana";

    /** Loopback on port 3030, 10 s timeout, no example queries. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 3030, Duration.ofSeconds(10), null);
    }

    /** True when the server only listens on the loopback interface. */
    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
