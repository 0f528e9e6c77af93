package id.selaras.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Waits until the backend reports itself ready and the web UI serves its home page, or one of them dies. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Readiness() {
    }

    static void await(LauncherConfig config, List<ChildProcess> children, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        // The readiness group turns UP after the application runners (the demo loader), /actuator/health before them.
        Probe backend = new Probe(URI.create(config.backendUrl() + "/actuator/health/readiness"), "\"UP\"");
        Probe web = new Probe(URI.create(config.webUrl()), "");
        while (!(backend.up() & web.up())) { // not &&: both are polled every round
            for (ChildProcess child : children) {
                if (!child.isAlive()) {
                    throw new StartupFailure("The " + child.name() + " stopped before it was ready (exit code "
                            + child.exitCode() + "); its output above says why.");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure("Selaras did not become ready within " + timeout.toSeconds() + " s: "
                        + backend + "; " + web + ".");
            }
            Thread.sleep(500);
        }
    }

    /** One URL polled until it answers 200 with the expected text; remembers its last answer for the timeout message. */
    private static final class Probe {
        private final URI uri;
        private final String expected;
        private String last = "no answer";
        private boolean up;

        Probe(URI uri, String expected) {
            this.uri = uri;
            this.expected = expected;
        }

        boolean up() throws InterruptedException {
            if (!up) {
                try {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    last = "HTTP " + response.statusCode();
                    up = response.statusCode() == 200 && response.body().contains(expected);
                } catch (IOException e) {
                    last = e.getClass().getSimpleName();
                }
            }
            return up;
        }

        @Override
        public String toString() {
            return uri + (up ? " is up" : " last answered " + last);
        }
    }
}
