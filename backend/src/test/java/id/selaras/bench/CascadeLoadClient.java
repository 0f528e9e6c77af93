package id.selaras.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of the cascade read benchmark, run as its own JVM on loopback. One target per process:
 * {@code kind=http} posts a GraphQL document (Selaras or PostGraphile), {@code kind=jdbc} runs the raw SQL that
 * fetches the same rows (the floor). Closed loop: at each concurrency level, that many workers send requests back to
 * back for a bounded time and count, after a short warm-up.
 *
 * <p>Protocol on stdout/stdin with the benchmark: {@code COUNT-READY} → "go" → {@code COUNTED <shape>} (three
 * sequential requests, so the server side can count statements), then per level {@code READY c} → "go" →
 * {@code RESULT ...}.
 */
public final class CascadeLoadClient {

    /** The floor: the four set-based statements that read the rows the cascade document shows. */
    static final List<String> FLOOR_SQL = List.of(
            "SELECT id, parent_id, kind, code, title, position, version FROM cascade_node WHERE plan_version_id = ? "
                    + "ORDER BY parent_id NULLS FIRST, position",
            "SELECT o.node_id, u.code, u.short_name FROM cascade_node_opd o JOIN cascade_node n ON n.id = o.node_id "
                    + "JOIN organisation_unit u ON u.id = o.opd_id WHERE n.plan_version_id = ? ORDER BY o.node_id, o.position",
            "SELECT id, node_id, name, unit, polarity, aggregation, type, baseline_year, baseline_value FROM indicator "
                    + "WHERE plan_version_id = ? ORDER BY node_id, position",
            "SELECT t.indicator_id, t.year, t.value, t.min_value, t.max_value FROM indicator_target t "
                    + "JOIN indicator i ON i.id = t.indicator_id WHERE i.plan_version_id = ? ORDER BY t.indicator_id, t.year");

    private final Map<String, String> conf;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String body;

    private CascadeLoadClient(Map<String, String> conf) throws Exception {
        this.conf = conf;
        this.body = conf.containsKey("body") ? Files.readString(Path.of(conf.get("body"))) : null;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> conf = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            conf.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new CascadeLoadClient(conf).run();
        System.exit(0);
    }

    /** One request of the target. */
    private interface Target extends AutoCloseable {
        /** Returns a short description of what came back (for the shape check), or throws. */
        String request() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    private Target target(boolean counting) throws Exception {
        if ("jdbc".equals(conf.get("kind"))) {
            Connection c = DriverManager.getConnection(conf.get(counting && conf.containsKey("countJdbc") ? "countJdbc" : "jdbc"));
            List<PreparedStatement> statements = new ArrayList<>();
            for (String sql : FLOOR_SQL) {
                statements.add(c.prepareStatement(sql));
            }
            long version = Long.parseLong(conf.get("version"));
            return new Target() {
                @Override
                public String request() throws Exception {
                    int[] rows = new int[statements.size()];
                    long chars = 0;
                    for (int s = 0; s < statements.size(); s++) {
                        PreparedStatement ps = statements.get(s);
                        ps.setLong(1, version);
                        try (ResultSet rs = ps.executeQuery()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                rows[s]++;
                                for (int i = 1; i <= columns; i++) {
                                    String v = rs.getString(i);
                                    chars += v == null ? 0 : v.length();
                                }
                            }
                        }
                    }
                    return "nodes=" + rows[0] + " opds=" + rows[1] + " indicators=" + rows[2] + " targets=" + rows[3]
                            + " chars=" + chars;
                }

                @Override
                public void close() throws Exception {
                    c.close();
                }
            };
        }
        URI uri = URI.create(counting && conf.containsKey("countUrl") ? conf.get("countUrl") : conf.get("url"));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Accept", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return () -> {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String b = r.body();
            if (r.statusCode() != 200 || b.contains("\"errors\"")) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + b.substring(0, Math.min(400, b.length())));
            }
            return "nodes=" + occurrences(b, "\"title\"") + " opds=" + occurrences(b, "\"shortName\"")
                    + " indicators=" + occurrences(b, "\"unit\"") + " targets=" + occurrences(b, "\"max") + " bytes=" + b.length();
        };
    }

    private void run() throws Exception {
        var stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String name = conf.get("name");
        // JIT warm-up of this JVM and of the server, not measured
        measure(1, Duration.ofSeconds(Long.parseLong(conf.getOrDefault("warmup", "5"))), Integer.MAX_VALUE);
        String shape;
        // connected before the count starts, so connection set-up (the driver's SETs) is not counted
        try (Target t = target(true)) {
            say("COUNT-READY " + name);
            stdin.readLine();
            shape = t.request();
            t.request();
            t.request();
        }
        say("COUNTED " + name + " " + shape);
        Duration levelTime = Duration.ofSeconds(Long.parseLong(conf.getOrDefault("seconds", "20")));
        int max = Integer.parseInt(conf.getOrDefault("max", "5000"));
        for (String level : conf.getOrDefault("levels", "1,4,16").split(",")) {
            int c = Integer.parseInt(level.strip());
            measure(c, Duration.ofSeconds(2), Integer.MAX_VALUE);
            say("READY " + name + " " + c);
            stdin.readLine();
            Result r = measure(c, levelTime, max);
            say(String.format(java.util.Locale.ROOT,
                    "RESULT name=%s c=%d n=%d errors=%d seconds=%.2f rps=%.2f p50=%.1f p95=%.1f p99=%.1f max=%.1f",
                    name, c, r.latencies.length, r.errors, r.seconds, r.latencies.length / r.seconds, pct(r.latencies, 50),
                    pct(r.latencies, 95), pct(r.latencies, 99), pct(r.latencies, 100)));
        }
    }

    private record Result(long[] latencies, long errors, double seconds) {
    }

    /** {@code c} workers back to back until the time or the count is up; latencies in microseconds. */
    private Result measure(int c, Duration time, int max) throws Exception {
        AtomicInteger issued = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<long[]> perWorker = new ArrayList<>();
        int[] counts = new int[c];
        long start = System.nanoTime();
        long end = start + time.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < c; w++) {
            int index = w;
            long[] mine = new long[Math.min(max, 200_000)];
            perWorker.add(mine);
            workers.add(Thread.ofPlatform().name("load-" + w).start(() -> {
                try (Target t = target(false)) {
                    while (System.nanoTime() < end && issued.incrementAndGet() <= max) {
                        long t0 = System.nanoTime();
                        try {
                            t.request();
                            if (counts[index] < mine.length) {
                                mine[counts[index]++] = (System.nanoTime() - t0) / 1000;
                            }
                        } catch (Exception e) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("request failed: " + e.getMessage());
                            }
                        }
                    }
                } catch (Exception e) {
                    System.err.println("worker failed: " + e);
                    errors.incrementAndGet();
                }
            }));
        }
        for (Thread t : workers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int w = 0; w < c; w++) {
            System.arraycopy(perWorker.get(w), 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        return new Result(all, errors.get(), seconds);
    }

    private static int occurrences(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** Milliseconds at the percentile of sorted microseconds. */
    static double pct(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(i, sortedMicros.length - 1))] / 1000.0;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
