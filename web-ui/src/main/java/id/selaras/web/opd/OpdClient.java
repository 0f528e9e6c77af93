package id.selaras.web.opd;

import java.util.List;
import java.util.Map;

import id.selaras.web.api.Api;
import id.selaras.web.api.Connection;
import id.selaras.web.api.Connection.Edge;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The OPD officer pages' client (my indicators, realisations, responses); operations in
 * {@code graphql-documents/opd.graphql}, {@code opd-realisation.graphql} and {@code opd-response.graphql} (the API takes at
 * most 10 operations per document). Every call goes through {@link Api}: refusals are {@code ApiException}s with the
 * server's messages, an unreachable server a {@code BackendException}.
 */
@Component
public class OpdClient {

    static final String DOCUMENT = "opd";
    static final String REALISATIONS = "opd-realisation";
    static final String RESPONSES = "opd-response";
    /** The API's largest page; longer lists are read page by page. */
    static final int PAGE_SIZE = 100;
    /** A bound on pages read for one list (10,000 items), so a server bug cannot loop the page. */
    static final int MAX_PAGES = 100;

    private final Api api;

    OpdClient(Api api) {
        this.api = api;
    }

    // ---- context --------------------------------------------------------------------------------------------

    public Region region(String code) {
        return api.request(DOCUMENT, "OpdContext").variable("region", code).field("region", Region.class);
    }

    public List<Plan> plans(String regionId) {
        return api.request(DOCUMENT, "RegionPlans").variable("region", regionId)
                .field("plans.edges", new ParameterizedTypeReference<List<Edge<Plan>>>() { })
                .stream().map(Edge::node).toList();
    }

    // ---- indicators -----------------------------------------------------------------------------------------

    public List<Indicator> indicators(String versionId, String opdId) {
        return Connection.all(after -> api.request(DOCUMENT, "MyIndicators").variable("version", versionId)
                .variable("opd", opdId).variable("first", PAGE_SIZE).variable("after", after)
                .field("indicators", new ParameterizedTypeReference<Connection<Indicator>>() { }), MAX_PAGES);
    }

    /** Every node of a connection, following its cursor. */

    public Indicator indicator(String id) {
        return api.request(DOCUMENT, "IndicatorById").variable("id", id).field("node", Indicator.class);
    }

    public Indicator updateIndicator(Map<String, Object> input) {
        return api.request(DOCUMENT, "UpdateIndicator").variable("input", input)
                .field("updateIndicator.indicator", Indicator.class);
    }

    public Indicator setTargets(Map<String, Object> input) {
        return api.request(DOCUMENT, "SetIndicatorTargets").variable("input", input)
                .field("setIndicatorTargets.indicator", Indicator.class);
    }

    // ---- realisations ---------------------------------------------------------------------------------------

    public List<Measured> realisationIndicators(String versionId, String opdId, int year) {
        return Connection.all(after -> api.request(REALISATIONS, "RealisationIndicators").variable("version", versionId)
                .variable("opd", opdId).variable("first", PAGE_SIZE).variable("after", after).variable("year", year)
                .field("indicators", new ParameterizedTypeReference<Connection<Measured>>() { }), MAX_PAGES);
    }

    public void recordRealisation(Map<String, Object> input) {
        api.request(REALISATIONS, "RecordRealisation").variable("input", input).execute();
    }

    public void updateRealisation(Map<String, Object> input) {
        api.request(REALISATIONS, "UpdateRealisation").variable("input", input).execute();
    }

    // ---- responses ------------------------------------------------------------------------------------------

    public Connection<Awaiting> awaiting(int first, String after) {
        return api.request(RESPONSES, "AwaitingResponse").variable("first", first).variable("after", after)
                .field("commentsAwaitingResponse", new ParameterizedTypeReference<Connection<Awaiting>>() { });
    }

    public void answer(String subjectId, String parentId, String body, String idempotencyKey) {
        api.request(RESPONSES, "AnswerOfficially").variable("input", Map.of("subjectId", subjectId, "parentId", parentId,
                "body", body, "official", true, "idempotencyKey", idempotencyKey)).execute();
    }

    // ---- shapes ---------------------------------------------------------------------------------------------

    public record Opd(String id, String code, String name, String shortName) {
        public String label() {
            return shortName != null && !shortName.isBlank() ? shortName : name;
        }
    }

    public record Region(String id, String code, String name, List<Opd> organisationUnits) {
    }

    public record VersionRef(String id, int number, String status) {
        public boolean editable() {
            return "DRAFT".equals(status) || "IN_CONSULTATION".equals(status);
        }
    }

    public record Plan(String id, String kind, String title, int periodStart, int periodEnd, VersionRef adoptedVersion,
                       VersionRef currentDraft) {
    }

    public record NodeRef(String id, String kind, String code, String title) {
    }

    public record Baseline(int year, double value) {
    }

    /** A target; {@code year} is null where it was not asked for (a proposal's current target). */
    public record Target(Integer year, Double value, Double min, Double max) {
    }

    public record Indicator(String id, String code, String name, String unit, String definition, String formula,
                            String dataSource, String concept, String classification, String frequency,
                            String selectionReason, String polarity, String aggregation, String type, int version,
                            Baseline baseline, List<Target> targets, Target endTarget, List<Opd> responsibleOpds,
                            NodeRef node) {
    }

    public record Band(String label, String colour) {
    }

    public record Achievement(int year, String period, Double realisation, Double percent, String status, Band band,
                              Target target) {
    }

    public record Realisation(String id, int year, String period, double value, String evidence, String reportedAt,
                              String verifiedAt, int version) {
    }

    public record Measured(String id, String code, String name, String unit, String frequency, String polarity,
                           NodeRef node, List<Target> targets, List<Realisation> realisations,
                           List<Achievement> achievements) {
    }

    public record Author(String name) {
    }

    public record Proposal(int year, double value, Target currentTarget) {
    }

    /** What a comment is about; which fields are set depends on its type. */
    public record Subject(String __typename, String id, String name, String code, String unit, String title,
                          String kind, Integer number, PlanTitle plan) {
        public String label() {
            if (name != null) {
                return code != null ? code + " " + name : name;
            }
            if (title != null) {
                return code != null ? code + " " + title : title;
            }
            return plan != null ? plan.title() + " · " + number : __typename;
        }
    }

    public record PlanTitle(String title) {
    }

    public record Awaiting(String id, String body, String createdAt, Author author, int agreeCount, int disagreeCount,
                           Proposal proposal, Subject subject) {
    }
}
