package id.selaras.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Starting and talking to the benchmarks' other processes: load generators (own JVMs) and PostGraphile (Node). */
final class BenchProcesses {

    private BenchProcesses() {
    }

    /** A load generator: a JVM on this classpath running {@code main}, spoken to line by line. */
    static final class Client implements AutoCloseable {
        final Process process;
        private final BufferedReader out;
        private final Writer in;

        Client(Class<?> main, String heap, List<String> args) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseParallelGC", "-cp",
                    System.getProperty("java.class.path"), main.getName()));
            command.addAll(args);
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** Reads the client's lines until one starts with the prefix; returns it. */
        String await(String prefix) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[client] " + line);
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new IllegalStateException("the load generator stopped before " + prefix);
        }

        void go() throws IOException {
            in.write("go\n");
            in.flush();
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Value of {@code key=} in a RESULT line. */
    static String field(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "";
    }

    static double number(String line, String key) {
        return Double.parseDouble(field(line, key));
    }

    /** Writes {"query": ..., "variables": {...}} for a GraphQL document on the test classpath. */
    static Path requestBody(String resource, String variablesJson, Path dir) throws IOException {
        String query;
        try (var s = BenchProcesses.class.getResourceAsStream(resource)) {
            query = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        String escaped = query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        Files.createDirectories(dir);
        Path file = dir.resolve(Path.of(resource).getFileName().toString().replace(".graphql", ".json"));
        Files.writeString(file, "{\"query\":\"" + escaped + "\",\"variables\":" + variablesJson + "}");
        return file;
    }

    /**
     * Installs PostGraphile from npm into a directory under target/ (nothing is committed: no package.json, no lock
     * file) unless it is there already; returns its CLI script, or null when npm is missing or the install failed.
     */
    static Path installPostGraphile(String version) throws Exception {
        Path dir = Path.of(System.getProperty("bench.postgraphile.dir", "target/bench-node")).toAbsolutePath();
        Path cli = dir.resolve("node_modules/postgraphile/cli.js");
        if (Files.exists(cli) && Files.readString(dir.resolve("node_modules/postgraphile/package.json"))
                .contains("\"version\": \"" + version + "\"")) {
            return cli;
        }
        Files.createDirectories(dir);
        Process npm = new ProcessBuilder("npm", "install", "--prefix", dir.toString(), "--no-save", "--no-package-lock",
                "--no-audit", "--no-fund", "--loglevel=error", "postgraphile@" + version)
                .directory(dir.toFile()).inheritIO().start();
        if (npm.waitFor() != 0 || !Files.exists(cli)) {
            return null;
        }
        return cli;
    }

    /** Starts PostGraphile (v4 CLI) on a loopback port and waits until it answers GraphQL. */
    static Process startPostGraphile(Path cli, String connection, String schema, int port, int poolSize) throws Exception {
        // not inherited: the surefire fork's stdout is its channel to Maven
        Path log = Path.of("target", "bench", "postgraphile-" + port + ".log");
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder("node", cli.toString(), "--connection", connection, "--schema", schema,
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--disable-default-mutations",
                "--no-ignore-rbac", "--disable-query-log", "--legacy-relations", "omit",
                "--max-pool-size", Integer.toString(poolSize))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("PostGraphile exited with " + p.exitValue() + ": " + Files.readString(log));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return p;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
        }
        p.destroy();
        throw new IllegalStateException("PostGraphile did not start on port " + port);
    }

    /**
     * Starts the Selaras backend as its own JVM (its main class, production configuration from application.yaml), on
     * the benchmark's database and trusting the run's token key: the same footing as PostGraphile, and free of the
     * test harness (test listeners hook every Reactor operator in the test JVM). Extra settings as {@code key=value}.
     */
    static Process startSelaras(org.springframework.core.env.Environment env, int port, String heap, List<String> extra)
            throws Exception {
        Path log = Path.of("target", "bench", "selaras-" + port + ".log");
        Files.createDirectories(log.getParent());
        String classpath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError"));
        // e.g. -Dbench.selaras.jvmArgs=-XX:StartFlightRecording=filename=target/bench/selaras.jfr to profile the server
        String jvmArgs = System.getProperty("bench.selaras.jvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath, "id.selaras.SelarasApplication", "--server.port=" + port));
        for (String key : List.of("spring.r2dbc.url", "spring.r2dbc.username", "spring.r2dbc.password", "spring.flyway.url",
                "spring.flyway.user", "spring.flyway.password", "spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "spring.security.oauth2.resourceserver.jwt.public-key-location",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "spring.security.oauth2.resourceserver.jwt.audiences")) {
            String value = env.getProperty(key);
            if (value != null) {
                command.add("--" + key + "=" + value);
            }
        }
        extra.forEach(e -> command.add("--" + e));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("Selaras exited with " + p.exitValue() + ", see " + log.toAbsolutePath());
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return p;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(1000);
            }
        }
        stop(p);
        throw new IllegalStateException("Selaras did not start on port " + port + ", see " + log.toAbsolutePath());
    }

    static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops a process and its children. */
    static void stop(Process p) {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
