package id.selaras.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One application (backend or web UI) running in its own JVM, its output forwarded with its name in front. */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Thread output;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.output = new Thread(() -> forward(process.getInputStream()), name + "-output");
        output.setDaemon(true);
        output.start();
    }

    static ChildProcess start(String name, Path java, Path jar, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new ChildProcess(name, builder.start());
        } catch (IOException e) {
            throw new StartupFailure("Could not start the " + name + " (" + java + " -jar " + jar + "): "
                    + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    CompletableFuture<ChildProcess> onExit() {
        return process.onExit().thenApply(p -> this);
    }

    /** Asks the application to shut down (SIGTERM: Spring's graceful shutdown), and kills it after the grace period. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        // Through the handle: Process.destroy() would also close the output pipe and lose the last lines.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                Launcher.say("The " + name + " did not stop within " + grace.toSeconds() + " s; killing it.");
                process.toHandle().destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            output.join(1000); // its last lines, e.g. "Graceful shutdown complete"
        } catch (InterruptedException e) {
            process.toHandle().destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void forward(InputStream in) {
        String prefix = "[" + name + "] ";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> System.out.println(prefix + line));
        } catch (IOException | UncheckedIOException e) {
            // the stream closes when the process ends
        }
    }
}
