package id.selaras.web.analytics;

import java.util.List;

import id.selaras.web.api.Api;
import org.springframework.stereotype.Component;

/** The analytics dashboard's client; operations in {@code graphql-documents/analytics.graphql}. */
@Component
public class AnalyticsClient {

    static final String DOCUMENT = "analytics";
    static final int FINDINGS_PAGE = 50;

    private final Api api;

    AnalyticsClient(Api api) {
        this.api = api;
    }

    /** The plans the planner may read, with their adopted version and current draft. */
    public List<Plan> plans() {
        return api.request(DOCUMENT, "AnalyticsPlans").list("plans.edges", PlanEdge.class).stream().map(PlanEdge::node)
                .toList();
    }

    /** The roll-ups of a version; null year: the latest with a realisation; null period: ANNUAL. */
    public Performance performance(String versionId, Integer year, String period) {
        return api.request(DOCUMENT, "PlanPerformance").variable("version", versionId).variable("year", year)
                .variable("period", period).field("planPerformance", Performance.class);
    }

    public Findings findings(String versionId, String severity, String after) {
        return api.request(DOCUMENT, "Findings").variable("version", versionId).variable("severity", severity)
                .variable("first", FINDINGS_PAGE).variable("after", after).field("findings", Findings.class);
    }

    public record Plan(String id, String kind, String title, int periodStart, int periodEnd, Region region,
                       Version adoptedVersion, Version currentDraft) {
    }

    public record Region(String name) {
    }

    public record Version(String id, int number, String status) {
    }

    record PlanEdge(Plan node) {
    }

    public record Band(String label, String colour) {
    }

    public record BandCount(Band band, int count) {
    }

    public record Summary(int indicatorCount, int measuredCount, Double meanPercent, Band band, List<BandCount> bandCounts,
                          int noRealisationCount, int noTargetCount, int notComputableCount, int onTrackCount,
                          int atRiskCount, int offTrackCount, int unknownProjectionCount) {
    }

    public record Node(String id, String code, String title) {
    }

    public record Opd(String id, String code, String name, String shortName) {
    }

    public record NodePerformance(Node node, Summary summary) {
    }

    public record OpdPerformance(Opd opd, Summary summary) {
    }

    public record Performance(int year, String period, Summary plan, List<NodePerformance> misi,
                              List<NodePerformance> sasaran, List<OpdPerformance> opds) {
    }

    public record Findings(int totalCount, PageInfo pageInfo, List<FindingEdge> edges) {
        public List<Finding> list() {
            return edges == null ? List.of() : edges.stream().map(FindingEdge::node).toList();
        }
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record FindingEdge(Finding node) {
    }

    public record Finding(String rule, String severity, String message, String fix, Subject subject) {
    }

    public record Subject(String __typename, String id, String kind, String code, String title, String name) {
        public String label() {
            String text = name != null ? name : title != null ? title : "";
            return code == null || code.isBlank() ? text : code + " " + text;
        }
    }
}
