package id.selaras.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicator and realisation rules: typed errors, nothing written. */
@IntegrationTest
class IndicatorValidationTest {

    static final String CREATE = """
            mutation($in: CreateIndicatorInput!) { createIndicator(input: $in) {
              indicator { id version targets { year value min max } endTarget { year value } } } }""";

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    Fixtures.World world;
    Fixtures.Chain chain;
    HttpGraphQlTester planner;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        chain = fixtures.chain(world);
        planner = new Api(port).as(TestTokens.planner("planner-" + world.region().code(), world.region().code()));
    }

    Map<String, Object> indicator(Object targets) {
        Map<String, Object> in = new HashMap<>();
        in.put("nodeId", Fixtures.id("CascadeNode", chain.sasaran().id()));
        in.put("name", "Angka kesakitan");
        in.put("unit", "%");
        in.put("polarity", "LOWER_IS_BETTER");
        in.put("aggregation", "LATEST");
        in.put("baseline", Map.of("year", 2024, "value", 12.5));
        in.put("targets", targets);
        return in;
    }

    GraphQlTester.Response create(Map<String, Object> in) {
        return planner.document(CREATE).variable("in", in).execute();
    }

    void rejected(Supplier<GraphQlTester.Response> request, String classification, String code, String field) {
        String before = DatabaseSnapshot.take(db);
        Errors.expect(request.get(), classification, code, field);
        assertThat(DatabaseSnapshot.take(db)).as("nothing written").isEqualTo(before);
    }

    static Map<String, Object> t(int year, double value) {
        return Map.of("year", year, "value", value);
    }

    @Test
    void aValidIndicator_isCreatedWithItsTargets() {
        var response = create(indicator(List.of(t(2025, 12.0), t(2026, 11.5))));
        response.errors().verify();
        response.path("createIndicator.indicator.targets[1].value").entity(Double.class).isEqualTo(11.5);
        response.path("createIndicator.indicator.targets[1].year").entity(Integer.class).isEqualTo(2026);
    }

    @Test
    void aTargetYearOutsideThePeriod_isRejected() {
        rejected(() -> create(indicator(List.of(t(2025, 12.0), t(2031, 9.0)))), "BAD_REQUEST", "YEAR_OUTSIDE_PERIOD",
                "input.targets[1].year");
    }

    @Test
    void aYearGivenTwice_isRejected() {
        rejected(() -> create(indicator(List.of(t(2025, 12.0), t(2025, 11.0)))), "BAD_REQUEST", "DUPLICATE_YEAR",
                "input.targets[1].year");
    }

    @Test
    void hugeOrNonFiniteNumbers_areRejected() {
        rejected(() -> create(indicator(List.of(t(2025, 1e300)))), "BAD_REQUEST", "OUT_OF_RANGE", "input.targets[0].value");
        // 1e400 reaches the service as Infinity, which is refused as not finite
        rejected(() -> planner.document("mutation { createIndicator(input: {nodeId: \"%s\", name: \"x\", unit: \"%%\", "
                        .formatted(Fixtures.id("CascadeNode", chain.sasaran().id()))
                        + "polarity: HIGHER_IS_BETTER, aggregation: LATEST, targets: [{year: 2025, value: 1e400}]}) { indicator { id } } }")
                .execute(), "BAD_REQUEST", "NOT_FINITE", "input.targets[0].value");
    }

    @Test
    void rangeRules_areEnforced() {
        Map<String, Object> in = indicator(List.of(Map.of("year", 2025, "value", 3.5)));
        in.put("polarity", "RANGE");
        rejected(() -> create(in), "BAD_REQUEST", "RANGE_REQUIRED", "input.targets[0].min");
        in.put("targets", List.of(Map.of("year", 2025, "min", 4.0, "max", 3.0)));
        rejected(() -> create(in), "BAD_REQUEST", "RANGE_INVERTED", "input.targets[0].min");
        in.put("targets", List.of(Map.of("year", 2025, "min", 3.0, "max", 4.0, "value", 3.5)));
        rejected(() -> create(in), "BAD_REQUEST", "TARGET_AMBIGUOUS", "input.targets[0].value");
        in.put("targets", List.of(Map.of("year", 2025, "min", 3.0)));
        rejected(() -> create(in), "BAD_REQUEST", "RANGE_REQUIRED", "input.targets[0].max");
    }

    @Test
    void tooLongTexts_andMissingRequiredFields_areRejected() {
        Map<String, Object> in = indicator(List.of());
        in.put("unit", "x".repeat(61));
        rejected(() -> create(in), "BAD_REQUEST", "TOO_LONG", "input.unit");
        in.put("unit", "%");
        in.put("definition", "d".repeat(4001));
        rejected(() -> create(in), "BAD_REQUEST", "TOO_LONG", "input.definition");
        in.remove("definition");
        in.put("name", "");
        rejected(() -> create(in), "BAD_REQUEST", "REQUIRED", "input.name");
    }

    @Test
    void aBaselineMoreThanTenYearsBeforeThePeriod_isRejected() {
        Map<String, Object> in = indicator(List.of());
        in.put("baseline", Map.of("year", 2010, "value", 3.0));
        rejected(() -> create(in), "BAD_REQUEST", "YEAR_OUTSIDE_PERIOD", "input.baseline.year");
    }

    @Test
    void aDuplicateIndicatorCode_isRejected() {
        Map<String, Object> in = indicator(List.of());
        in.put("code", "IKU-01");
        create(in).errors().verify();
        rejected(() -> create(in), "BAD_REQUEST", "DUPLICATE_CODE", "input.code");
    }

    @Test
    void updatingWithAStaleVersion_isAConflict() {
        var created = fixtures.indicator(chain.sasaran(), "Cakupan imunisasi", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(90, 92));
        String update = """
                mutation($in: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $in) { indicator { version targets { year value } } } }""";
        Map<String, Object> in = new HashMap<>(Map.of("id", Fixtures.id("Indicator", created.id()), "version", created.version(),
                "targets", List.of(t(2027, 94.0))));
        var ok = planner.document(update).variable("in", in).execute();
        ok.path("setIndicatorTargets.indicator.targets[*].year").entityList(Integer.class).containsExactly(2025, 2026, 2027);
        rejected(() -> planner.document(update).variable("in", in).execute(), "CONFLICT", "VERSION_CONFLICT", "input.version");
    }

    @Test
    void aRealisationOnADraft_isRejected_andOneOnTheAdoptedVersionIsRecorded() {
        var created = fixtures.indicator(chain.sasaran(), "Cakupan air bersih", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(80, 85));
        String record = """
                mutation($in: RecordRealisationInput!) { recordRealisation(input: $in) { realisation { id year period value } } }""";
        Map<String, Object> in = Map.of("indicatorId", Fixtures.id("Indicator", created.id()), "year", 2025, "period", "ANNUAL",
                "value", 82.0);
        rejected(() -> planner.document(record).variable("in", in).execute(), "BAD_REQUEST", "REALISATION_NEEDS_ADOPTED",
                "input.indicatorId");
        planner.document("mutation($in: ChangePlanVersionStatusInput!) { adoptPlanVersion(input: $in) { planVersion { status } } }")
                .variable("in", Map.of("id", world.draftId(), "version", world.draft().version())).execute().errors().verify();
        planner.document(record).variable("in", in).execute().path("recordRealisation.realisation.value").entity(Double.class)
                .isEqualTo(82.0);
        rejected(() -> planner.document(record).variable("in", in).execute(), "CONFLICT", "REALISATION_EXISTS", "input.period");
        Map<String, Object> quarterly = Map.of("indicatorId", Fixtures.id("Indicator", created.id()), "year", 2025, "period", "Q1",
                "value", 80.0);
        rejected(() -> planner.document(record).variable("in", quarterly).execute(), "BAD_REQUEST", "REALISATION_PERIOD_MISMATCH",
                "input.period");
    }
}
