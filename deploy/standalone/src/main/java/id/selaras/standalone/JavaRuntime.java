package id.selaras.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code java} binary that runs the backend and the web UI: the launcher's own, if it is recent enough. */
final class JavaRuntime {

    static final int REQUIRED = 21;
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    private JavaRuntime() {
    }

    /** The binary for the applications, found for this JVM and the environment's {@code JAVA_HOME}. */
    static Path forApplications() {
        Path current = ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
        Optional<Path> javaHome = Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of);
        return choose(Runtime.version().feature(), current, javaHome, JavaRuntime::featureOf);
    }

    /**
     * The launcher's own binary when it is Java 21+; else JAVA_HOME's when that is, because `mvn` (which needs 21+)
     * often runs on JAVA_HOME while `java` on the PATH is older.
     */
    static Path choose(int currentFeature, Path currentJava, Optional<Path> javaHome, Function<Path, Integer> featureOf) {
        if (currentFeature >= REQUIRED) {
            return currentJava;
        }
        Optional<Path> fallback = javaHome.filter(home -> featureOf.apply(home) >= REQUIRED)
                .map(home -> home.resolve("bin").resolve("java"));
        return fallback.orElseThrow(() -> new StartupFailure("Selaras needs Java " + REQUIRED + " or newer; this is Java "
                + currentFeature + " (" + currentJava + "). Run the launcher with a newer java, or set JAVA_HOME to a JDK "
                + REQUIRED + "+ (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)."));
    }

    /** The feature version (21, 25, ...) of the JDK in {@code home}, from its {@code release} file; 0 if unknown. */
    static int featureOf(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() && Files.isExecutable(home.resolve("bin").resolve("java")) ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
