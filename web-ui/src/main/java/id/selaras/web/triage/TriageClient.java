package id.selaras.web.triage;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.web.api.Api;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The triage page's client; operations in {@code graphql-documents/triage.graphql}. Refusals come as
 * {@code ApiException}s with the server's messages, an unreachable server as a {@code BackendException}.
 */
@Component
public class TriageClient {

    static final String DOCUMENT = "triage";
    /** Aspirations per status shown at once (oldest work first is the API's order). */
    static final int PAGE = 50;
    static final int SUGGESTIONS = 5;

    private final Api api;

    TriageClient(Api api) {
        this.api = api;
    }

    public Region region(String code) {
        return api.request(DOCUMENT, "TriageRegion").variable("region", code).field("region", Region.class);
    }

    /** The region's aspirations awaiting triage: received first, then those under review. */
    public Queue queue(String regionId) {
        var response = api.request(DOCUMENT, "TriageQueue").variable("region", regionId).variable("first", PAGE)
                .variable("suggestions", SUGGESTIONS).execute();
        var type = new ParameterizedTypeReference<Page>() { };
        Page received = response.field("received").toEntity(type);
        Page review = response.field("underReview").toEntity(type);
        List<Aspiration> all = new ArrayList<>();
        int total = 0;
        for (Page p : new Page[] {received, review}) {
            if (p != null) {
                total += p.totalCount();
                all.addAll(p.nodes());
            }
        }
        return new Queue(all, total);
    }

    public List<DuplicateGroup> duplicates(String regionId) {
        return api.request(DOCUMENT, "TriageDuplicates").variable("region", regionId)
                .list("duplicateAspirations", DuplicateGroup.class);
    }

    public Changed confirm(String aspirationId, int version, Suggestion s) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("aspirationId", aspirationId);
        input.put("version", version);
        input.put("nodeId", s.node().id());
        if (s.indicator() != null) {
            input.put("indicatorId", s.indicator().id());
        }
        if (s.opd() != null) {
            input.put("opdId", s.opd().id());
        }
        return api.request(DOCUMENT, "ConfirmAspirationLink").variable("input", input)
                .field("confirmAspirationLink.aspiration", Changed.class);
    }

    public Changed reject(String aspirationId, String nodeId) {
        return api.request(DOCUMENT, "RejectAspirationLink")
                .variable("input", Map.of("aspirationId", aspirationId, "nodeId", nodeId))
                .field("rejectAspirationLink.aspiration", Changed.class);
    }

    public Changed changeStatus(String aspirationId, int version, String status, String reason) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", aspirationId);
        input.put("version", version);
        input.put("status", status);
        input.put("reason", reason);
        return api.request(DOCUMENT, "ChangeTriagedStatus").variable("input", input)
                .field("changeAspirationStatus.aspiration", Changed.class);
    }

    public Changed merge(String primaryId, int version, List<String> duplicateIds) {
        return api.request(DOCUMENT, "MergeAspirations")
                .variable("input", Map.of("id", primaryId, "version", version, "duplicateIds", duplicateIds))
                .field("mergeAspirations.aspiration", Changed.class);
    }

    // ---- shapes ---------------------------------------------------------------------------------------------

    public record Region(String id, String code, String name) {
    }

    public record Queue(List<Aspiration> aspirations, int totalCount) {
    }

    public record Edge(Aspiration node) {
    }

    public record Page(int totalCount, List<Edge> edges) {
        List<Aspiration> nodes() {
            return edges == null ? List.of() : edges.stream().map(Edge::node).toList();
        }
    }

    public record Named(String name) {
    }

    public record Opd(String id, String name, String shortName) {
        public String label() {
            return shortName != null && !shortName.isBlank() ? shortName : name;
        }
    }

    public record Node(String id, String kind, String code, String title) {
        public String label() {
            return (code == null || code.isBlank() ? "" : code + " ") + title;
        }
    }

    public record IndicatorRef(String id, String code, String name) {
    }

    public record Step(String status, String reason, OffsetDateTime at) {
    }

    public record AspirationRef(String id, String title) {
    }

    public record Suggestion(int rank, double score, List<String> matchedTerms, int confirmations, int rejections,
                             String explanation, Node node, IndicatorRef indicator, Opd opd) {
    }

    public record Aspiration(String id, String title, String body, String topic, String status,
                             OffsetDateTime submittedAt, OffsetDateTime updatedAt, int version, Named area, Opd assignedOpd,
                             List<Node> linkedNodes, List<IndicatorRef> linkedIndicators, List<Step> steps,
                             List<AspirationRef> mergedAspirations, List<Suggestion> suggestions) {
    }

    public record Changed(String id, int version, String status) {
    }

    public record Duplicate(String id, String title, String body, String status, OffsetDateTime submittedAt, int version,
                            Named area) {
    }

    public record DuplicateGroup(double similarity, List<String> sharedWords, List<Duplicate> aspirations) {
    }
}
