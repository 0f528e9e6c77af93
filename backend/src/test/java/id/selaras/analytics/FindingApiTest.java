package id.selaras.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.analytics.TestPlans.Clean;
import id.selaras.demo.SyntheticPlanGenerator;
import id.selaras.demo.SyntheticPlanGenerator.Shape;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.security.Actor;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.SqlCounter;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code findings} over GraphQL: pages, filters, both languages, who may read them, and a fixed number of statements. */
@IntegrationTest
@SuppressWarnings("unchecked")
class FindingApiTest {

    static final String FINDINGS = """
            query($v: ID!, $severity: Severity, $rule: String, $first: Int, $after: String) {
              findings(planVersion: $v, severity: $severity, rule: $rule, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { rule severity message fix
                  subject { __typename id ... on CascadeNode { code } ... on Indicator { code } } } } } }""";

    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
    @Autowired IndicatorService indicators;
    @Autowired SyntheticPlanGenerator generator;
    @LocalServerPort int port;
    Clean plan;
    HttpGraphQlTester planner;

    /** The clean plan with three defects: a program without indicator, a wrong end target, an unlinked sasaran IKU. */
    @BeforeEach
    void threeFindings() {
        plan = new TestPlans(fixtures, plans, indicators).clean();
        indicators.delete(Actor.SYSTEM, plan.outcome().id(), plan.outcome().version()).block();
        indicators.setTargets(Actor.SYSTEM, plan.output().id(), plan.output().version(), List.of(),
                new TargetInput(null, 4000.0, null, null)).block();
        indicators.align(Actor.SYSTEM, plan.poverty().id(), plan.reference().id(), false).block();
        planner = new Api(port).as(TestTokens.planner("perencana", plan.world().region().code()));
    }

    @Test
    void findings_comeMostSevereFirst_inPages() {
        var first = planner.document(FINDINGS).variable("v", plan.world().draftId()).variable("first", 2).execute();
        first.path("findings.totalCount").entity(Integer.class).isEqualTo(3);
        first.path("findings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        first.path("findings.edges[*].node.rule").entityList(String.class)
                .containsExactly("NODE_WITHOUT_INDICATOR", "END_TARGET_MISMATCH");
        first.path("findings.edges[0].node.subject.__typename").entity(String.class).isEqualTo("CascadeNode");
        first.path("findings.edges[0].node.subject.code").entity(String.class).isEqualTo("1.02.02");
        first.path("findings.edges[1].node.subject.__typename").entity(String.class).isEqualTo("Indicator");
        String cursor = first.path("findings.pageInfo.endCursor").entity(String.class).get();

        var rest = planner.document(FINDINGS).variable("v", plan.world().draftId()).variable("first", 2)
                .variable("after", cursor).execute();
        rest.path("findings.edges[*].node.rule").entityList(String.class).containsExactly("UNLINKED_INDICATOR");
        rest.path("findings.edges[0].node.severity").entity(String.class).isEqualTo("INFO");
        rest.path("findings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void findings_filterBySeverityAndRule() {
        planner.document(FINDINGS).variable("v", plan.world().draftId()).variable("severity", "ERROR").execute()
                .path("findings.totalCount").entity(Integer.class).isEqualTo(2);
        planner.document(FINDINGS).variable("v", plan.world().draftId()).variable("rule", "UNLINKED_INDICATOR").execute()
                .path("findings.edges[*].node.subject.code").entityList(String.class).containsExactly("IKU-1");
        planner.document(FINDINGS).variable("v", plan.world().draftId()).variable("severity", "WARNING").execute()
                .path("findings.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void messages_followAcceptLanguage() {
        var id = planner.document(FINDINGS).variable("v", plan.world().draftId()).variable("rule", "END_TARGET_MISMATCH").execute();
        id.path("findings.edges[0].node.message").entity(String.class).isEqualTo("Target akhir periode indikator "
                + "\"OP-1 Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar\" (4.000) tidak sama dengan "
                + "jumlah target tahunannya (5.000).");
        id.path("findings.edges[0].node.fix").entity(String.class).satisfies(fix -> assertThat(fix).startsWith("Samakan"));

        var en = new Api(port).as(TestTokens.planner("perencana", plan.world().region().code()), Locale.ENGLISH)
                .document(FINDINGS).variable("v", plan.world().draftId()).variable("rule", "END_TARGET_MISMATCH").execute();
        en.path("findings.edges[0].node.message").entity(String.class).isEqualTo("The end-of-period target of "
                + "\"OP-1 Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar\" (4,000) differs from the sum "
                + "of its yearly targets (5,000).");
        en.path("findings.edges[0].node.fix").entity(String.class).satisfies(fix -> assertThat(fix).startsWith("Make"));
    }

    @Test
    void aDraftsFindings_areHiddenFromThePublic_likeTheDraft() {
        Errors.expect(new Api(port).anonymous().document(FINDINGS).variable("v", plan.world().draftId()).execute(),
                "NOT_FOUND", "NOT_FOUND", null);
        Errors.expect(new Api(port).as(TestTokens.citizen("warga")).document(FINDINGS).variable("v", plan.world().draftId())
                .execute(), "NOT_FOUND", "NOT_FOUND", null);
        PlanVersion adopted = plans.adopt(Actor.SYSTEM, plan.world().draft().id(), plan.world().draft().version()).block();
        new Api(port).anonymous().document(FINDINGS).variable("v", Fixtures.id("PlanVersion", adopted.id())).execute()
                .path("findings.totalCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void draftFindingsAndPerformance_areReadByTheRegionsStaffOnly() {
        String region = plan.world().region().code();
        String query = "query($v: ID!) { findings(planVersion: $v) { totalCount } planPerformance(planVersion: $v) { year } }";
        for (String token : List.of(TestTokens.officer("petugas", region, plan.world().opdB().code()),
                TestTokens.moderator("moderator", region), TestTokens.admin("admin"),
                TestTokens.thirdParty("aplikasi", List.of("BAPPEDA_PLANNER"), List.of(region), "read"))) {
            var response = new Api(port).as(token).document(query).variable("v", plan.world().draftId()).execute();
            response.errors().verify();
            response.path("findings.totalCount").entity(Integer.class).isEqualTo(3);
            response.path("planPerformance.year").entity(Integer.class).isEqualTo(2025);
        }
        var elsewhere = new Api(port).as(TestTokens.planner("perencana-lain", "99.98")).document(query)
                .variable("v", plan.world().draftId()).execute();
        assertThat(Errors.of(elsewhere)).extracting(e -> e.getExtensions().get("code")).containsOnly("NOT_FOUND");
    }

    @Test
    void anUnknownRule_isABadRequest_inBothLanguages() {
        var error = Errors.expect(new Api(port).as(TestTokens.planner("perencana", plan.world().region().code()), Locale.ENGLISH)
                .document(FINDINGS).variable("v", plan.world().draftId()).variable("rule", "NO_SUCH_RULE").execute(),
                "BAD_REQUEST", "UNKNOWN_RULE", "rule");
        assertThat(error.getMessage()).isEqualTo("Unknown analytics rule \"NO_SUCH_RULE\".");
        var id = Errors.expect(planner.document(FINDINGS).variable("v", plan.world().draftId()).variable("rule", "x").execute(),
                "BAD_REQUEST", "UNKNOWN_RULE", "rule");
        assertThat(id.getMessage()).isEqualTo("Aturan analitik \"x\" tidak dikenal.");
    }

    @Test
    void analyticsRules_listsEveryRule() {
        var rules = new Api(port).anonymous(Locale.ENGLISH).document("{ analyticsRules { id severity description } }").execute();
        rules.path("analyticsRules[*].id").entityList(String.class).hasSize(Rule.values().length);
        rules.path("analyticsRules[0]").entity(Map.class).isEqualTo(Map.of("id", "NODE_WITHOUT_INDICATOR", "severity", "ERROR",
                "description", "Objective (sasaran) or program without an indicator."));
    }

    @Test
    void findingsAndPerformance_useTheSameNumberOfStatements_forAPlanTenTimesLarger() {
        long region = plan.world().region().id();
        PlanVersion small = generator.generate(region, "Analitik kecil", Shape.of(1, 1, 1, 2, 2, 2)).block();
        PlanVersion large = generator.generate(region, "Analitik besar", Shape.of(2, 2, 2, 2, 3, 3)).block();
        String query = """
                query($v: ID!) { findings(planVersion: $v, first: 100) { totalCount edges { node { rule subject { id } } } }
                  planPerformance(planVersion: $v) { year plan { meanPercent } sasaran { summary { meanPercent } }
                    opds { opd { code } summary { indicatorCount } } } }""";
        long smallCount = statements(query, small);
        long largeCount = statements(query, large);
        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(smallCount).as("statements for findings and performance").isLessThanOrEqualTo(30);
    }

    private long statements(String query, PlanVersion version) {
        HttpGraphQlTester anonymous = new Api(port).anonymous();
        anonymous.document(query).variable("v", Fixtures.id("PlanVersion", version.id())).execute().errors().verify();
        SqlCounter.reset();
        GraphQlTester.Response response = anonymous.document(query).variable("v", Fixtures.id("PlanVersion", version.id())).execute();
        long count = SqlCounter.count();
        response.errors().verify();
        response.path("findings.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
        return count;
    }
}
