package id.selaras.plan;

import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Polarity;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** DRAFT → IN_CONSULTATION → ADOPTED → revision; who sees which version. */
@IntegrationTest
class PlanLifecycleTest {

    static final String STATUS = "mutation($in: ChangePlanVersionStatusInput!) { %s(input: $in) { planVersion { id status version } } }";
    static final String VERSION = """
            query($id: ID!) { node(id: $id) { ... on PlanVersion { id number status nodeCount indicatorCount basedOn { number } } } }""";

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;
    Fixtures.World world;
    HttpGraphQlTester planner;
    HttpGraphQlTester anonymous;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        planner = new Api(port).as(TestTokens.planner("planner-" + world.region().code(), world.region().code()));
        anonymous = new Api(port).anonymous();
    }

    int change(String mutation, String versionId, int version, String expectedStatus) {
        var r = planner.document(STATUS.formatted(mutation)).variable("in", Map.of("id", versionId, "version", version)).execute();
        r.path(mutation + ".planVersion.status").entity(String.class).isEqualTo(expectedStatus);
        return r.path(mutation + ".planVersion.version").entity(Integer.class).get();
    }

    @Test
    void aDraftIsHiddenFromThePublic_untilItIsOpenedForConsultation() {
        anonymous.document(VERSION).variable("id", world.draftId()).execute().path("node").valueIsNull();
        planner.document(VERSION).variable("id", world.draftId()).execute().path("node.status").entity(String.class).isEqualTo("DRAFT");
        new Api(port).as(TestTokens.planner("other", "99.99")).document(VERSION).variable("id", world.draftId()).execute()
                .path("node").valueIsNull();
        change("openPlanVersionForConsultation", world.draftId(), world.draft().version(), "IN_CONSULTATION");
        anonymous.document(VERSION).variable("id", world.draftId()).execute().path("node.status").entity(String.class)
                .isEqualTo("IN_CONSULTATION");
    }

    @Test
    void plansList_showsThePublicOnlyPlansWithAVisibleVersion() {
        String plans = "query($r: ID!) { plans(region: $r) { totalCount edges { node { title currentDraft { status } } } } }";
        String region = Fixtures.id("Region", world.region().id());
        anonymous.document(plans).variable("r", region).execute().path("plans.totalCount").entity(Integer.class).isEqualTo(0);
        planner.document(plans).variable("r", region).execute().path("plans.edges[0].node.currentDraft.status")
                .entity(String.class).isEqualTo("DRAFT");
    }

    @Test
    void adoptingARevision_supersedesTheVersionInForce_andTheRevisionCopiesEverything() {
        Fixtures.Chain chain = fixtures.chain(world);
        fixtures.indicator(chain.sasaran(), "Persentase penduduk miskin", Polarity.LOWER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(9.0, 8.5, 8.0, 7.5, 7.0));
        int v = change("adoptPlanVersion", world.draftId(), world.draft().version(), "ADOPTED");
        Errors.expect(planner.document(STATUS.formatted("adoptPlanVersion")).variable("in", Map.of("id", world.draftId(), "version", v))
                .execute(), "BAD_REQUEST", "INVALID_STATUS_TRANSITION", null);

        var revised = planner.document("mutation($in: RevisePlanInput!) { revisePlan(input: $in) { draft { id number status } } }")
                .variable("in", Map.of("planId", Fixtures.id("Plan", world.plan().id()), "note", "Perubahan RPJMD")).execute();
        String draftId = revised.path("revisePlan.draft.id").entity(String.class).get();
        revised.path("revisePlan.draft.number").entity(Integer.class).isEqualTo(2);
        var copy = planner.document(VERSION).variable("id", draftId).execute();
        copy.path("node.nodeCount").entity(Integer.class).isEqualTo(7);
        copy.path("node.indicatorCount").entity(Integer.class).isEqualTo(1);
        copy.path("node.basedOn.number").entity(Integer.class).isEqualTo(1);

        Errors.expect(planner.document("mutation($in: RevisePlanInput!) { revisePlan(input: $in) { draft { id } } }")
                .variable("in", Map.of("planId", Fixtures.id("Plan", world.plan().id()))).execute(), "CONFLICT", "DRAFT_EXISTS", null);

        change("adoptPlanVersion", draftId, 0, "ADOPTED");
        planner.document(VERSION).variable("id", world.draftId()).execute().path("node.status").entity(String.class)
                .isEqualTo("SUPERSEDED");
        var plan = anonymous.document("query($id: ID!) { node(id: $id) { ... on Plan { adoptedVersion { number } versions { totalCount } } } }")
                .variable("id", Fixtures.id("Plan", world.plan().id())).execute();
        plan.path("node.adoptedVersion.number").entity(Integer.class).isEqualTo(2);
        plan.path("node.versions.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void realisations_followTheIndicatorIntoTheRevision() {
        Fixtures.Chain chain = fixtures.chain(world);
        var ind = fixtures.indicator(chain.sasaran(), "IPM", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(77.7, 78.1, 78.8, 79.2, 79.9));
        change("adoptPlanVersion", world.draftId(), world.draft().version(), "ADOPTED");
        planner.document("mutation($in: RecordRealisationInput!) { recordRealisation(input: $in) { realisation { id } } }")
                .variable("in", Map.of("indicatorId", Fixtures.id("Indicator", ind.id()), "year", 2025, "period", "ANNUAL", "value", 77.5))
                .execute().errors().verify();
        String draftId = planner.document("mutation($in: RevisePlanInput!) { revisePlan(input: $in) { draft { id } } }")
                .variable("in", Map.of("planId", Fixtures.id("Plan", world.plan().id()))).execute()
                .path("revisePlan.draft.id").entity(String.class).get();
        var list = planner.document("""
                query($v: ID!) { indicators(planVersion: $v) { edges { node { name realisations { year value }
                  achievements(year: 2025) { period percent } } } } }""").variable("v", draftId).execute();
        list.path("indicators.edges[0].node.realisations[0].value").entity(Double.class).isEqualTo(77.5);
        // 77.5 / 77.7 × 100 = 99.74
        list.path("indicators.edges[0].node.achievements[0].percent").entity(Double.class).isEqualTo(99.74);
    }

    @Test
    void theChangeHistory_recordsWhoChangedWhat_forStaffOnly() {
        Fixtures.Chain chain = fixtures.chain(world);
        String history = "query($v: ID!) { changes(planVersion: $v, first: 100) { totalCount edges { node { actor entityType action after } } } }";
        var r = planner.document(history).variable("v", world.draftId()).execute();
        List<String> types = r.path("changes.edges[*].node.entityType").entityList(String.class).get();
        assertThat(types).contains("PlanVersion", "CascadeNode");
        r.path("changes.edges[0].node.actor").entity(String.class).isEqualTo("user:system");
        assertThat(chain.sub().code()).isEqualTo("1.02.02.2.02.0001");
        change("openPlanVersionForConsultation", world.draftId(), world.draft().version(), "IN_CONSULTATION");
        Errors.expect(anonymous.document(history).variable("v", world.draftId()).execute(), "UNAUTHORIZED", "UNAUTHENTICATED", null);
        Errors.expect(new Api(port).as(TestTokens.citizen("warga")).document(history).variable("v", world.draftId()).execute(),
                "FORBIDDEN", "FORBIDDEN", null);
    }
}
