package id.selaras.fault;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

import id.selaras.IntegrationTest;
import id.selaras.live.LiveEvents;
import id.selaras.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A subscriber whose connection is cut without a goodbye leaves nothing behind on the server. */
@IntegrationTest
class SocketCutTest {

    @Autowired LiveEvents live;
    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void anAbruptlyCutSocket_hasItsSubscriptionCleanedUp() throws Exception {
        var w = fixtures.world();
        var chain = fixtures.chain(w);
        fixtures.consultation(w);
        String subject = Fixtures.id("CascadeNode", chain.program().id());
        int baseline = steady();
        Socket[] sockets = new Socket[5];
        for (int i = 0; i < sockets.length; i++) {
            sockets[i] = subscribe(subject);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> live.active() == baseline + sockets.length);
        for (Socket s : sockets) {
            s.setSoLinger(true, 0); // close with RST: no WebSocket close frame, no FIN handshake
            s.close();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> live.active() == baseline);
        assertThat(live.active()).isEqualTo(baseline);
    }

    /** The number of live subscriptions once earlier tests' subscriptions have finished closing. */
    private int steady() throws InterruptedException {
        int last = -1;
        for (int i = 0; i < 40; i++) {
            int now = live.active();
            if (now == last) {
                return now;
            }
            last = now;
            Thread.sleep(500);
        }
        return last;
    }

    private Socket subscribe(String subject) throws Exception {
        Socket socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /graphql HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        assertThat(head).startsWith("HTTP/1.1 101");
        frame(out, "{\"type\":\"connection_init\",\"payload\":{}}");
        frame(out, "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription($s: ID!) { commentActivity(subject: $s) "
                + "{ sequence } }\",\"variables\":{\"s\":\"" + subject + "\"}}}");
        return socket;
    }

    private static String readHead(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.read());
        }
        return head.toString();
    }

    /** A masked text frame, as clients must send them. */
    private static void frame(OutputStream out, String text) throws Exception {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        new SecureRandom().nextBytes(mask);
        out.write(0x81);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write((payload.length >> 8) & 0xFF);
            out.write(payload.length & 0xFF);
        }
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        out.flush();
    }
}
