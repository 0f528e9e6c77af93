package id.selaras.web.manage;

import java.util.List;
import java.util.Map;

import id.selaras.web.api.Api;
import id.selaras.web.api.Connection;
import id.selaras.web.api.Connection.Edge;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The planners' plan management client; operations in {@code graphql-documents/manage.graphql} and
 * {@code manage-edit.graphql}. */
@Component
public class ManageClient {

    static final String DOCUMENT = "manage";
    /** Cascade and consultation edits (the API takes at most 10 operations per document). */
    static final String EDITS = "manage-edit";
    static final java.util.Set<String> EDIT_OPERATIONS = java.util.Set.of("CreateNode", "UpdateNode", "MoveNode",
            "LinkSupport", "UnlinkSupport", "OpenConsultation", "CloseConsultation");
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 100;

    private final Api api;

    ManageClient(Api api) {
        this.api = api;
    }

    public List<Plan> plans(String regionId) {
        List<Edge<Plan>> edges = api.request(DOCUMENT, "ManagedPlans").variable("region", regionId)
                .field("plans.edges", new ParameterizedTypeReference<List<Edge<Plan>>>() { });
        return edges == null ? List.of() : edges.stream().map(Edge::node).toList();
    }

    public List<Node> cascade(String versionId) {
        return Connection.all(after -> api.request(DOCUMENT, "VersionCascade").variable("id", versionId).variable("first", PAGE_SIZE)
                .variable("after", after).field("node.nodes", new ParameterizedTypeReference<Connection<Node>>() { }), MAX_PAGES);
    }

    public List<VersionDiff.Change> changes(String versionId) {
        return Connection.all(after -> api.request(DOCUMENT, "VersionChanges").variable("version", versionId).variable("first", PAGE_SIZE)
                .variable("after", after).field("changes", new ParameterizedTypeReference<Connection<VersionDiff.Change>>() { }), MAX_PAGES);
    }

    public List<Consultation> consultations(String versionId) {
        List<Edge<Consultation>> edges = api.request(DOCUMENT, "VersionConsultations").variable("version", versionId)
                .field("consultations.edges", new ParameterizedTypeReference<List<Edge<Consultation>>>() { });
        return edges == null ? List.of() : edges.stream().map(Edge::node).toList();
    }

    /** Names of nodes and indicators by global id (for history entries that do not carry them). */
    public Map<String, String> labels(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Labelled> found = api.request(DOCUMENT, "Labels").variable("ids", ids).list("nodes", Labelled.class);
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (Labelled l : found) {
            if (l != null && l.id() != null) {
                String text = l.name() != null ? l.name() : l.title();
                labels.put(l.id(), l.code() != null && text != null ? l.code() + " " + text : text);
            }
        }
        return labels;
    }

    public record Labelled(String id, String code, String name, String title) {
    }

    /** Runs a mutation of {@code manage.graphql} with its {@code input}. */
    public void mutate(String operation, Map<String, Object> input) {
        api.request(EDIT_OPERATIONS.contains(operation) ? EDITS : DOCUMENT, operation).variable("input", input).execute();
    }


    public record Version(String id, int number, String status, Integer version, String createdAt, String adoptedAt,
                          String note, Integer nodeCount, Integer indicatorCount) {
    }

    public record Versions(List<Edge<Version>> edges) {
    }

    public record Plan(String id, String kind, String title, int periodStart, int periodEnd, int version,
                       Version adoptedVersion, Version currentDraft, Versions versions) {
        public List<Version> allVersions() {
            return versions == null || versions.edges() == null ? List.of()
                    : versions.edges().stream().map(Edge::node).toList();
        }
    }

    public record Ref(String id) {
    }

    public record NodeRef(String id, String kind, String code, String title) {
    }

    public record Opd(String id, String shortName, String name) {
    }

    public record Node(String id, String kind, String code, String title, String description, int position, int version,
                       Ref parent, List<NodeRef> supports, List<Opd> responsibleOpds) {
        public String label() {
            return code != null && !code.isBlank() ? code + " " + title : title;
        }
    }

    public record Consultation(String id, String kind, String title, String state, String opensAt, String closesAt,
                               int version, int commentCount) {
    }
}
