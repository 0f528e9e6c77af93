package id.selaras.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import id.selaras.IntegrationTest;
import id.selaras.demo.SyntheticPlanGenerator;
import id.selaras.demo.SyntheticPlanGenerator.Shape;
import id.selaras.plan.PlanVersion;
import id.selaras.testing.Fixtures;
import id.selaras.testing.SqlCounter;
import id.selaras.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.selaras.bench.BenchProcesses.fmt;
import static id.selaras.bench.BenchProcesses.number;

/**
 * Cascade read benchmark (issue 9): the whole cascade of a generated ~3,000-node plan with indicators and targets,
 * read over HTTP on loopback at several concurrency levels, side by side with (a) the raw SQL that fetches the same
 * rows (the floor), (b) PostGraphile from npm serving the same tables through a read-only schema, (c) Selaras. Same
 * PostgreSQL, same data, same run; the load generator ({@link CascadeLoadClient}) is its own JVM.
 *
 * <p>Statements per request: Selaras's are counted in its own connection factory ({@link SqlCounter}, as in
 * CascadeQueryTest); the floor's and PostGraphile's by a wire-protocol proxy ({@link StatementCountingProxy}) that only
 * the counting pass goes through. A benchmark, not a test: run it with {@code -Dgroups=benchmark}, see
 * docs/benchmarks.md.
 */
@Tag("benchmark")
@IntegrationTest
// the counting pass's first request meets a cold JIT in this JVM; the timed runs keep the production limit (30 s)
@org.springframework.test.context.TestPropertySource(properties = "selaras.graphql.timeout=300s")
class CascadeReadBenchmark {

    private static final String POSTGRAPHILE_VERSION = System.getProperty("bench.postgraphile.version", "4.14.1");
    private static final int COUNT_REQUESTS = 3;
    private static final String TARGETS = System.getProperty("bench.targets", "floor,postgraphile,selaras,selaras-lean");

    @Autowired SyntheticPlanGenerator generator;
    @Autowired Fixtures fixtures;
    @LocalServerPort int port;
    @Autowired org.springframework.core.env.Environment env;

    private record Row(String target, int concurrency, long requests, long errors, double rps, double p50, double p95,
                       double p99, double statements, String shape, double cpuMs) {
    }

    @Test
    void cascadeRead() throws Exception {
        long region = fixtures.world().region().id();
        PlanVersion version = generator.generate(region, "RPJMD sintetis (benchmark)", Shape.of(5, 3, 3, 4, 4, 3)).block();
        TestDatabase db = TestDatabase.shared();
        String role = "bench_ro_" + db.name().replace("selaras_test_", "");
        String pgVersion;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (var schema = getClass().getResourceAsStream("/bench/postgraphile-schema.sql")) {
                s.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            }
            s.execute("CREATE ROLE " + role + " LOGIN");
            s.execute("ALTER ROLE " + role + " SET default_transaction_read_only = on");
            s.execute("GRANT USAGE ON SCHEMA bench_ro TO " + role);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA bench_ro TO " + role);
            s.execute("ANALYZE");
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                pgVersion = rs.getString(1);
            }
        }
        Path dir = Path.of("target", "bench");
        Path selarasBody = BenchProcesses.requestBody("/bench/selaras-cascade.graphql",
                "{\"id\":\"" + Fixtures.id("PlanVersion", version.id()) + "\"}", dir);
        Path postgraphileBody = BenchProcesses.requestBody("/bench/postgraphile-cascade.graphql",
                "{\"v\":\"" + version.id() + "\"}", dir);
        String credentials = "user=" + db.username() + (db.password() == null ? "" : "&password=" + db.password());

        List<Row> rows = new ArrayList<>();
        Process postgraphile = null;
        Process postgraphileCounted = null;
        Process selaras = null;
        try (StatementCountingProxy proxy = new StatementCountingProxy(db.host(), db.port())) {
            if (TARGETS.contains("floor")) {
                rows.addAll(target("floor (raw SQL, JDBC)", List.of("kind=jdbc", "jdbc=" + db.jdbcUrl() + "?" + credentials,
                    "countJdbc=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.name() + "?" + credentials,
                    "version=" + version.id()), null, proxy::reset, proxy::statements));
            }

            Path cli = TARGETS.contains("postgraphile") ? BenchProcesses.installPostGraphile(POSTGRAPHILE_VERSION) : null;
            if (!TARGETS.contains("postgraphile")) {
                System.out.println("PostGraphile left out (bench.targets)");
            } else if (cli == null) {
                System.out.println("PostGraphile could not be installed (npm missing or offline): its rows are left out");
            } else {
                int pgPort = BenchProcesses.freePort();
                int countedPort = BenchProcesses.freePort();
                postgraphile = BenchProcesses.startPostGraphile(cli, "postgres://" + role + "@" + db.host() + ":" + db.port()
                        + "/" + db.name(), "bench_ro", pgPort, 20);
                postgraphileCounted = BenchProcesses.startPostGraphile(cli, "postgres://" + role + "@127.0.0.1:" + proxy.port()
                        + "/" + db.name(), "bench_ro", countedPort, 2);
                rows.addAll(target("PostGraphile " + POSTGRAPHILE_VERSION, List.of("kind=http",
                        "url=http://127.0.0.1:" + pgPort + "/graphql", "countUrl=http://127.0.0.1:" + countedPort + "/graphql",
                        "body=" + postgraphileBody.toAbsolutePath()), postgraphile, proxy::reset, proxy::statements));
                BenchProcesses.stop(postgraphileCounted);
                postgraphileCounted = null;
                BenchProcesses.stop(postgraphile);
                postgraphile = null;
            }

            for (String variant : List.of("selaras", "selaras-lean")) {
                if (!List.of(TARGETS.split(",")).contains(variant)) {
                    continue;
                }
                // timed: Selaras as its own process; counted: this JVM's instance, whose connection factory counts.
                // "lean": the same without the per-field (graphql.datafetcher) and per-statement (r2dbc) observations
                boolean lean = variant.endsWith("lean");
                int selarasPort = BenchProcesses.freePort();
                selaras = BenchProcesses.startSelaras(env, selarasPort, "1g", lean
                        ? List.of("management.observations.enable.graphql.datafetcher=false", "management.observations.enable.r2dbc=false")
                        : List.of());
                rows.addAll(target(lean ? "Selaras (observations off)" : "Selaras", List.of("kind=http",
                        "url=http://127.0.0.1:" + selarasPort + "/graphql", "countUrl=http://127.0.0.1:" + port + "/graphql",
                        "body=" + selarasBody.toAbsolutePath()), selaras, SqlCounter::reset, SqlCounter::count));
                BenchProcesses.stop(selaras);
                selaras = null;
            }
        } finally {
            BenchProcesses.stop(selaras);
            BenchProcesses.stop(postgraphileCounted);
            BenchProcesses.stop(postgraphile);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA bench_ro CASCADE");
                s.execute("DROP OWNED BY " + role);
                s.execute("DROP ROLE " + role);
            }
        }

        String report = report(rows, pgVersion);
        Files.writeString(dir.resolve("cascade-read.md"), report);
        System.out.println("\n=== Cascade read benchmark ===\n" + report);
    }

    /**
     * One target through the load generator: the counting pass, then each concurrency level. {@code server} (null for
     * the floor) is the timed process: its CPU time over a level divided by the level's requests is the "server CPU /
     * request" column, which other processes' load on a shared machine disturbs far less than latency.
     */
    private List<Row> target(String name, List<String> args, Process server, Runnable resetCount, LongSupplier count)
            throws Exception {
        List<String> all = new ArrayList<>(args);
        all.add("name=" + name.replace(' ', '_'));
        all.add("levels=" + System.getProperty("bench.levels", "1,4,16"));
        all.add("seconds=" + System.getProperty("bench.seconds", "25"));
        all.add("max=" + System.getProperty("bench.max", "5000"));
        all.add("warmup=" + System.getProperty("bench.warmup", "10"));
        List<Row> rows = new ArrayList<>();
        try (var client = new BenchProcesses.Client(CascadeLoadClient.class, "1g", all)) {
            client.await("COUNT-READY");
            resetCount.run();
            client.go();
            String counted = client.await("COUNTED");
            double statements = (double) count.getAsLong() / COUNT_REQUESTS;
            String shape = counted.substring(counted.indexOf(' ', "COUNTED ".length()) + 1);
            for (int level = 0; level < System.getProperty("bench.levels", "1,4,16").split(",").length; level++) {
                client.await("READY");
                double cpuBefore = cpuMs(server);
                client.go();
                String r = client.await("RESULT");
                double cpu = (cpuMs(server) - cpuBefore) / Math.max(1, number(r, "n"));
                rows.add(new Row(name, (int) number(r, "c"), (long) number(r, "n"), (long) number(r, "errors"), number(r, "rps"),
                        number(r, "p50"), number(r, "p95"), number(r, "p99"), statements, shape, cpu));
            }
        }
        return rows;
    }

    /** Total CPU time (all threads) of a process so far, in ms; NaN when unknown. */
    private static double cpuMs(Process server) {
        return server == null ? Double.NaN : server.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6)
                .orElse(Double.NaN);
    }

    private static String report(List<Row> rows, String pgVersion) {
        StringBuilder out = new StringBuilder();
        out.append(fmt("PostgreSQL %s, %d cores, JVM %s%n%n", pgVersion, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        Map<String, String> shapes = new LinkedHashMap<>();
        out.append("| target | concurrency | requests | errors | req/s | p50 | p95 | p99 | SQL statements / request | server CPU / request |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            shapes.put(r.target(), r.shape());
            out.append(fmt("| %s | %d | %,d | %d | %.2f | %s | %s | %s | %s | %s |%n", r.target(), r.concurrency(),
                    r.requests(), r.errors(), r.rps(), ms(r.p50()), ms(r.p95()), ms(r.p99()),
                    r.statements() == Math.rint(r.statements()) ? fmt("%d", (long) r.statements()) : fmt("%.1f", r.statements()),
                    ms(r.cpuMs())));
        }
        out.append("\nWhat each returned (one request): \n\n");
        shapes.forEach((t, s) -> out.append("- ").append(t).append(": ").append(s).append('\n'));
        Map<Integer, Map<String, Row>> byLevel = new LinkedHashMap<>();
        for (Row r : rows) {
            byLevel.computeIfAbsent(r.concurrency(), c -> new LinkedHashMap<>()).put(r.target().startsWith("Selaras (") ? "lean" : r.target().split(" ")[0], r);
        }
        out.append("\nRatios (p50 latency; throughput as floor ÷ target, so both read \"times the cost\"):\n\n");
        out.append("| concurrency | Selaras / floor | PostGraphile / floor | Selaras / PostGraphile | Selaras (observations off) / floor |\n"
                + "|---:|---:|---:|---:|---:|\n");
        byLevel.forEach((c, m) -> out.append(fmt("| %d | %s | %s | %s | %s |%n", c, ratio(m.get("Selaras"), m.get("floor")),
                ratio(m.get("PostGraphile"), m.get("floor")), ratio(m.get("Selaras"), m.get("PostGraphile")),
                ratio(m.get("lean"), m.get("floor")))));
        return out.toString();
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : fmt("%,.0f ms", v);
    }

    private static String ratio(Row a, Row b) {
        if (a == null || b == null || b.p50() == 0 || a.rps() == 0 || Double.isNaN(a.p50())) {
            return "–";
        }
        return fmt("%.1f× p50, %.1f× throughput", a.p50() / b.p50(), b.rps() / a.rps());
    }
}
