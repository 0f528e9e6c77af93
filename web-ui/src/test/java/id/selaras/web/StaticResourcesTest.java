package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import id.selaras.web.identity.IdentityTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone downloads is compressed and cached: the production bundle's hashed files for a year (immutable),
 * JavaScript gzipped for browsers that do not offer brotli, and the icons and offline page of public pages served to
 * anonymous visitors rather than redirected to sign-in.
 */
@IdentityTest
class StaticResourcesTest {

    @LocalServerPort
    int port;

    @Test
    void bundleFiles_areCachedForAYear_andGzippedWithoutBrotli() throws Exception {
        String file = bundleFile("FlowClient-");

        HttpResponse<InputStream> gzip = get("/VAADIN/build/" + file, "gzip");
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Cache-Control")).contains(StaticResourceCaching.LONG_LIVED);
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");

        HttpResponse<InputStream> brotli = get("/VAADIN/build/" + file, "gzip, deflate, br");
        assertThat(brotli.headers().firstValue("Content-Encoding")).as("Vaadin's precompressed file").contains("br");
        assertThat(brotli.headers().firstValue("Cache-Control")).contains(StaticResourceCaching.LONG_LIVED);

        HttpResponse<InputStream> missing = get("/VAADIN/build/no-such-file-0000.js", "gzip");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void iconsAndTheOfflinePage_areServedToAnonymousVisitors() throws Exception {
        for (String path : new String[] {"/icons/icon.svg", "/icons/favicon-32.png", "/offline.html"}) {
            HttpResponse<InputStream> response = get(path, "gzip");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("/icons/icon.svg", "gzip").headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    }

    private HttpResponse<InputStream> get(String path, String encodings) throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", encodings).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** A file of the production bundle this build made (its name carries the content hash). */
    private static String bundleFile(String prefix) throws Exception {
        URL dir = StaticResourcesTest.class.getResource("/META-INF/VAADIN/webapp/VAADIN/build/");
        assertThat(dir).as("the production bundle is built at compile").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(".js"))
                    .findFirst().orElseThrow();
        }
    }
}
