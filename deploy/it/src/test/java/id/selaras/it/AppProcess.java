package id.selaras.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import id.selaras.testsupport.TestDatabase;

/** One of the built applications running as a plain process, its output prefixed and kept for diagnosis. */
final class AppProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final StringBuffer output = new StringBuffer();

    private AppProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread pump = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** The settings that point both applications at one test database (the backend's and the web UI's names). */
    static Map<String, String> databaseEnvironment(TestDatabase db) {
        String password = db.password() == null ? "" : db.password();
        Map<String, String> env = new HashMap<>();
        env.put("SELARAS_DB_R2DBC_URL", db.r2dbcUrl());
        env.put("SELARAS_DB_JDBC_URL", db.jdbcUrl());
        env.put("SELARAS_DB_USER", db.username());
        env.put("SELARAS_DB_PASSWORD", password);
        env.put("SPRING_DATASOURCE_URL", db.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", db.username());
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        return env;
    }

    static AppProcess start(String name, String jar, Map<String, String> env) throws IOException {
        Path lib = Path.of(System.getProperty("selaras.lib", "target/lib"));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", lib.resolve(jar).toString()).redirectErrorStream(true);
        builder.environment().putAll(env);
        return new AppProcess(name, builder.start());
    }

    /** Waits until the URL answers 200, or fails with the process's output. */
    AppProcess awaitHttpOk(String url, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (Instant.now().isBefore(until)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
                }
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException(name + " did not answer " + url + " in " + timeout + ":\n" + tail());
    }

    /** Asks the process to stop (SIGTERM), as an orchestrator would, and waits for it. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    String tail() {
        String all = output.toString();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(20));
        }
    }
}
