package id.selaras.standalone;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The embedded PostgreSQL's log file; remembers its length so that a failure shows only what this run wrote. */
final class ServerLog {

    private final Path path;
    private final long start;

    ServerLog(Path path) {
        this.path = path;
        this.start = path.toFile().length(); // 0 when absent
    }

    File file() {
        return path.toFile();
    }

    /** The last {@code max} lines written since this object was created; empty if there are none. */
    String newLines(int max) {
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(start);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - max), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
