package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The server listens on loopback unless told otherwise, and on exactly the address it is given. */
class HostBindingIT {

    private static ServerSettings settings(String host) {
        return new ServerSettings(host, 0, Duration.ofSeconds(5), null);
    }

    @Test
    void theDefaultsBindLoopbackOnly() {
        ServerSettings defaults = ServerSettings.defaults();
        assertEquals("127.0.0.1", defaults.host());
        assertTrue(defaults.loopbackOnly());
        try (AstanaServer server = AstanaServer.start(TestData.dataset(),
                new ServerSettings(defaults.host(), 0, defaults.timeout(), null))) {
            assertEquals("127.0.0.1", server.boundHost());
            assertTrue(connects("127.0.0.1", server.port()));
            nonLoopbackAddress().ifPresent(a -> assertThrows(IOException.class, () -> connect(a, server.port()),
                    "reachable on " + a));
        }
    }

    @Test
    void allInterfacesIsBoundOnlyWhenAskedFor() {
        try (AstanaServer server = AstanaServer.start(TestData.dataset(), settings("0.0.0.0"))) {
            assertNull(server.boundHost());
            assertTrue(connects("127.0.0.1", server.port()));
            nonLoopbackAddress().ifPresent(a -> assertTrue(connects(a, server.port()), "not reachable on " + a));
        }
    }

    @Test
    void aSpecificNonLoopbackAddressIsBoundExactly() {
        Optional<String> address = nonLoopbackAddress();
        Assumptions.assumeTrue(address.isPresent(), "no non-loopback IPv4 address on this machine");
        try (AstanaServer server = AstanaServer.start(TestData.dataset(), settings(address.get()))) {
            assertEquals(address.get(), server.boundHost());
            assertTrue(connects(address.get(), server.port()));
            assertThrows(IOException.class, () -> connect("127.0.0.1", server.port()));
        }
    }

    private static boolean connects(String host, int port) {
        try {
            connect(host, port);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
        }
    }

    private static Optional<String> nonLoopbackAddress() {
        try {
            for (NetworkInterface ni : NetworkInterface.networkInterfaces().toList()) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InetAddress a : ni.inetAddresses().toList()) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return Optional.of(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
