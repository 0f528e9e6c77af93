package id.selaras.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.selaras.IntegrationTest;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Broadcast fan-out benchmark (issue 4): N WebSocket subscribers on one subject receive one comment. The load
 * generator ({@link FanOutClient}) is its own JVM; this JVM is the server, so its heap growth per subscriber is the
 * server's cost. A benchmark, not a test: it reports figures and is excluded from the default run
 * (run it with {@code -Dgroups=benchmark}, see docs/benchmarks.md).
 */
@Tag("benchmark")
@IntegrationTest
class FanOutBenchmark {

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void fanOut() throws Exception {
        var w = fixtures.world();
        var chain = fixtures.chain(w);
        fixtures.consultation(w);
        String subject = Fixtures.id("CascadeNode", chain.program().id());
        List<String> report = new ArrayList<>();
        for (String size : System.getProperty("fanout.sizes", "1000,5000,10000").split(",")) {
            report.add(run(Integer.parseInt(size.strip()), subject));
        }
        System.out.println("\n=== Fan-out benchmark ===\n" + String.join("\n", report));
    }

    private String run(int n, String subject) throws Exception {
        long before = usedHeapAfterGc();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process client = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), FanOutClient.class.getName(),
                "http://localhost:" + port, Integer.toString(n), subject, TestTokens.citizen("bench-" + n + "-" + System.nanoTime()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        String ready = waitFor(out, "READY");
        long after = usedHeapAfterGc();
        var in = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        in.write("go\n");
        in.flush();
        String result = waitFor(out, "RESULT");
        client.waitFor();
        Thread.sleep(3000); // let the server drop the closed connections
        return String.format("%s | %s | heap per subscriber %.1f KiB", ready, result, (after - before) / 1024.0 / n);
    }

    private static String waitFor(BufferedReader out, String prefix) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            System.out.println("[client] " + line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the load generator stopped before " + prefix);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
