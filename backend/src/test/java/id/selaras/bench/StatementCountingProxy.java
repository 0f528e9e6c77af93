package id.selaras.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of PostgreSQL that counts the statements its clients run, by reading the frontend
 * side of the wire protocol: every simple query ({@code Q}) and every extended-protocol execution ({@code E}) is one
 * statement; transaction control (BEGIN, COMMIT, ROLLBACK sent as simple queries) is counted apart. Used to count
 * what a process we do not control (PostGraphile) sends per request, where pg_stat_statements is not loaded. Only the
 * counting pass goes through it, so it adds nothing to the timed runs.
 */
final class StatementCountingProxy implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong transactionControl = new AtomicLong();

    StatementCountingProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("sql-proxy-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Statements other than transaction control since the last reset. */
    long statements() {
        return statements.get();
    }

    long transactionControl() {
        return transactionControl.get();
    }

    void reset() {
        statements.set(0);
        transactionControl.set(0);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                Thread.ofVirtual().start(() -> frontend(client, upstream));
                Thread.ofVirtual().start(() -> pipe(upstream, client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("sql proxy: " + e.getMessage());
                }
            }
        }
    }

    /** Client to server: the startup packet (answering SSL/GSS requests with "no"), then typed messages, counted. */
    private void frontend(Socket client, Socket upstream) {
        try (client; upstream) {
            var in = new DataInputStream(client.getInputStream());
            OutputStream toServer = upstream.getOutputStream();
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                if (code == SSL_REQUEST || code == GSS_REQUEST) {
                    client.getOutputStream().write('N');
                    client.getOutputStream().flush();
                    continue;
                }
                byte[] rest = in.readNBytes(length - 8);
                toServer.write(ByteBuffer.allocate(8).putInt(length).putInt(code).array());
                toServer.write(rest);
                toServer.flush();
                break;
            }
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                int length = in.readInt();
                byte[] payload = in.readNBytes(length - 4);
                if (type == 'Q') {
                    String sql = new String(payload, 0, Math.max(0, payload.length - 1), StandardCharsets.UTF_8).strip()
                            .toLowerCase(Locale.ROOT);
                    if (sql.startsWith("begin") || sql.startsWith("commit") || sql.startsWith("rollback")
                            || sql.startsWith("start transaction")) {
                        transactionControl.incrementAndGet();
                    } else {
                        statements.incrementAndGet();
                    }
                } else if (type == 'E') {
                    statements.incrementAndGet();
                }
                toServer.write(ByteBuffer.allocate(5).put((byte) type).putInt(length).array());
                toServer.write(payload);
                toServer.flush();
            }
        } catch (IOException e) {
            // the connection closed
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the connection closed
        } finally {
            try {
                to.close();
                from.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
