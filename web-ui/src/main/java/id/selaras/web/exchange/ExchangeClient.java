package id.selaras.web.exchange;

import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.selaras.web.BackendException;
import id.selaras.web.BackendProperties;
import id.selaras.web.Language;
import id.selaras.web.api.Api;
import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;

/**
 * The import and export feature's client; operations in {@code graphql-documents/exchange.graphql}. Files travel
 * outside GraphQL, through the signed links the API hands out: uploads are posted by this server (the browser sends the
 * workbook here), downloads are streamed through it (the browser cannot always reach the API's host).
 */
@Component
public class ExchangeClient {

    static final String DOCUMENT = "exchange";

    private final Api api;
    private final BackendProperties backend;
    private final WebClient files;

    ExchangeClient(Api api, BackendProperties backend, WebClient.Builder webClient) {
        this.api = api;
        this.backend = backend;
        // No token needed: the signed link is the credential. Large bodies stream; nothing is buffered whole here.
        this.files = webClient.clone().build();
    }

    public Targets targets() {
        var response = api.request(DOCUMENT, "ImportTargets").execute();
        List<Plan> plans = response.field("plans.edges").toEntityList(PlanEdge.class).stream().map(PlanEdge::node).toList();
        List<Region> regions = new ArrayList<>();
        for (String level : List.of("kota", "kabupaten", "provinsi")) {
            regions.addAll(response.field(level + ".edges").toEntityList(RegionEdge.class).stream().map(RegionEdge::node)
                    .toList());
        }
        regions.sort(Comparator.comparing(Region::code));
        return new Targets(plans, regions);
    }

    public Download template(String kind, int start, int end) {
        return api.request(DOCUMENT, "ImportTemplate").variable("kind", kind).variable("start", start)
                .variable("end", end).field("importTemplate", Download.class);
    }

    public Download export(String versionId, String format) {
        return api.request(DOCUMENT, "PlanExport").variable("version", versionId).variable("format", format)
                .field("planExport", Download.class);
    }

    /** Sends a workbook to a fresh signed upload URL; returns the upload token the dry run takes. */
    public String upload(String fileName, byte[] bytes) {
        Upload upload = api.request(DOCUMENT, "CreateImportUpload").field("createImportUpload.upload", Upload.class);
        try {
            UploadReceipt receipt = files.post().uri(resolve(upload.url()) + "?name={name}", fileName)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, Language.isEnglish() ? "en" : "id")
                    .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(bytes)
                    .retrieve().bodyToMono(UploadReceipt.class).block(backend.timeout());
            if (receipt == null) {
                throw new IllegalStateException("Empty upload receipt");
            }
            return receipt.uploadToken();
        } catch (WebClientResponseException e) {
            if (e.getStatusCode().is4xxClientError()) {
                throw refusal(e);
            }
            throw BackendException.of("Upload", e);
        } catch (RuntimeException e) {
            throw BackendException.of("Upload", e);
        }
    }

    /** The upload endpoint answers a refusal (too large, empty, expired link) as {@code {"error": {...}}}. */
    private static ApiException refusal(WebClientResponseException e) {
        Map<String, Object> error = Map.of();
        try {
            Object body = e.getResponseBodyAs(Map.class);
            if (body instanceof Map<?, ?> map && map.get("error") instanceof Map<?, ?> inner) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) inner;
                error = typed;
            }
        } catch (RuntimeException unreadable) {
            // fall through to a generic message
        }
        String message = error.get("message") instanceof String m ? m
                : Language.isEnglish() ? "The file was refused." : "Berkas ditolak.";
        return new ApiException("Upload", List.of(new ApiError(message, Classification.of(error.get("classification")),
                error.get("code") instanceof String c ? c : null, "file", null)));
    }

    public DryRun dryRun(Map<String, Object> input) {
        return api.request(DOCUMENT, "ImportDryRun").variable("input", input).field("importPlanDryRun", DryRun.class);
    }

    public Applied apply(String dryRunId) {
        return api.request(DOCUMENT, "ApplyImport").variable("dryRun", dryRunId).field("applyPlanImport", Applied.class);
    }

    /** Copies a file behind a signed link to {@code out}, without holding it whole in memory. */
    public void copy(Download download, OutputStream out) {
        Flux<DataBuffer> body = files.get().uri(resolve(download.url())).retrieve().bodyToFlux(DataBuffer.class);
        DataBufferUtils.write(body, out).map(DataBufferUtils::release).then().block(backend.timeout().multipliedBy(6));
    }

    /** Signed links are relative to the API's base unless the backend is configured with a public URL. */
    String resolve(String url) {
        return url.startsWith("http://") || url.startsWith("https://") ? url
                : URI.create(backend.url().toString().replaceAll("/+$", "") + (url.startsWith("/") ? "" : "/") + url)
                        .toString();
    }

    public record Targets(List<Plan> plans, List<Region> regions) {
    }

    public record Plan(String id, String kind, String title, int periodStart, int periodEnd, Region region,
                       Version adoptedVersion, Version currentDraft) {
    }

    public record Version(String id, int number, String status) {
    }

    public record Region(String id, String code, String name, String level) {
    }

    record PlanEdge(Plan node) {
    }

    record RegionEdge(Region node) {
    }

    public record Download(String url, String fileName, String contentType) {
    }

    record Upload(String url, long maxBytes) {
    }

    record UploadReceipt(String uploadToken, long size, String sha256) {
    }

    public record DryRun(String dryRunId, Report report) {
    }

    public record Applied(Version planVersion, Report report) {
    }

    public record Report(boolean ok, int problemCount, int rowsRead, int formulaCells, List<Problem> problems,
                         List<Change> changes, List<Count> counts, Mapping mapping) {
    }

    public record Problem(String sheet, Integer row, String column, String code, String message) {
    }

    public record Change(String item, String action, String code, String sheet, Integer row, List<String> fields) {
    }

    public record Count(String item, String action, int count) {
    }

    public record Mapping(String sheet, int headerRow, int firstDataRow, String defaultNodeCode, Integer baselineYear,
                          List<Column> columns) {
    }

    public record Column(String column, String field, Integer year, String header) {
    }
}
