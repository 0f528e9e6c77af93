package id.selaras.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.selaras.IntegrationTest;
import id.selaras.testing.Fixtures;
import id.selaras.testing.SqlCounter;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static id.selaras.bench.BenchProcesses.field;
import static id.selaras.bench.BenchProcesses.fmt;
import static id.selaras.bench.BenchProcesses.number;

/**
 * Comment write benchmark (issue 9): addComment over HTTP by many distinct signed-in citizens while N live
 * subscribers watch the subject; writes/s, write latency and delivery to the subscribers. Selaras runs as its own
 * process with its production settings except one: every simulated citizen calls from 127.0.0.1, so the per-address
 * allowance is raised (as the integration tests do); the per-person limit (5 comments a minute) stays and is respected,
 * each citizen writing at most {@code bench.perUser} (4) comments. The load generator ({@link CommentWriteClient}) is
 * its own JVM. A benchmark, not a test: run it with {@code -Dgroups=benchmark}, see docs/benchmarks.md.
 */
@Tag("benchmark")
@IntegrationTest
class CommentWriteBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.write.warmup", 40);

    @Autowired Fixtures fixtures;
    @Autowired Environment env;
    @org.springframework.boot.test.web.server.LocalServerPort int localPort;

    @Test
    void commentWrites() throws Exception {
        var w = fixtures.world();
        var chain = fixtures.chain(w);
        fixtures.consultation(w);
        String subject = Fixtures.id("CascadeNode", chain.program().id());
        int perUser = Integer.getInteger("bench.write.perUser", 4);
        int max = Integer.getInteger("bench.write.max", 3000);
        int concurrency = Integer.getInteger("bench.write.concurrency", 8);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);

        double statements = statementsPerWrite(subject);
        int port = BenchProcesses.freePort();
        Process selaras = BenchProcesses.startSelaras(env, port, "1g", List.of("selaras.rate-limit.address-factor=100000"));
        List<String> rows = new ArrayList<>();
        try {
            int run = 0;
            for (String level : System.getProperty("bench.write.subscribers", "0,100,1000").split(",")) {
                int subscribers = Integer.parseInt(level.strip());
                // citizens of their own for each run, so no one's per-person allowance carries over
                List<String> tokens = new ArrayList<>();
                for (int u = 0; u < (max + WARMUP + perUser - 1) / perUser + 1; u++) {
                    tokens.add(TestTokens.citizen("bench-writer-" + run + "-" + u));
                }
                Path tokenFile = dir.resolve("writers-" + run + ".txt");
                Files.write(tokenFile, tokens);
                try (var client = new BenchProcesses.Client(CommentWriteClient.class, "2g", List.of("base=http://127.0.0.1:" + port,
                        "subject=" + subject, "tokens=" + tokenFile.toAbsolutePath(), "subscribers=" + subscribers,
                        "concurrency=" + concurrency, "perUser=" + perUser, "max=" + max, "warmup=" + WARMUP,
                        "seconds=" + System.getProperty("bench.write.seconds", "20"), "drain=" + System.getProperty("bench.write.drain", "30")))) {
                    client.await("READY");
                    client.go();
                    rows.add(client.await("RESULT"));
                }
                Files.deleteIfExists(tokenFile);
                run++;
                Thread.sleep(3000); // let the server drop the closed connections
            }
        } finally {
            BenchProcesses.stop(selaras);
        }
        String report = fmt("SQL statements per addComment (counted in this JVM's instance, average of 3, no subscribers): %.1f%n%n",
                statements) + report(rows, concurrency, perUser);
        Files.writeString(dir.resolve("comment-writes.md"), report);
        System.out.println("\n=== Comment write benchmark ===\n" + report);
    }

    /** Statements of one addComment, counted on the in-process instance's connection factory (as CascadeQueryTest does). */
    private double statementsPerWrite(String subject) throws Exception {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            String token = TestTokens.citizen("bench-counted-writer");
            long total = 0;
            for (int i = 0; i < 4; i++) {
                String body = "{\"query\":\"mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }\","
                        + "\"variables\":{\"in\":{\"subjectId\":\"" + subject + "\",\"body\":\"Komentar terhitung nomor " + i + ".\"}}}";
                SqlCounter.reset();
                var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + localPort + "/graphql"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("\"errors\"")) {
                    throw new IllegalStateException("addComment failed: " + r.body());
                }
                if (i > 0) { // the first one also signs the citizen in for the first time
                    total += SqlCounter.count();
                }
            }
            return total / 3.0;
        }
    }

    private static String report(List<String> rows, int concurrency, int perUser) {
        StringBuilder out = new StringBuilder(fmt("%d writers at a time, each citizen at most %d comments%n%n", concurrency, perUser));
        out.append("| subscribers | writes | errors | writes/s | write p50 | p95 | p99 | delivered / expected | delivery p50 | p95 | p99 "
                + "| max | citizens |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String r : rows) {
            out.append(fmt("| %s | %,d | %s | %.1f | %.1f ms | %.1f ms | %.1f ms | %,d / %,d | %s | %s | %s | %s | %s |%n",
                    field(r, "subscribers"), (long) number(r, "writes"), field(r, "errors"), number(r, "wps"), number(r, "p50"),
                    number(r, "p95"), number(r, "p99"), (long) number(r, "delivered"), (long) number(r, "expected"),
                    ms(r, "dp50"), ms(r, "dp95"), ms(r, "dp99"), ms(r, "dmax"), field(r, "users")));
        }
        return out.toString();
    }

    private static String ms(String row, String key) {
        String v = field(row, key);
        return "NaN".equals(v) ? "–" : fmt("%.0f ms", Double.parseDouble(v));
    }
}
