package id.selaras.security;

import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.testing.Api;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Insecure direct object references: knowing an id is never enough to change what belongs to someone else. */
@IntegrationTest
class IdorTest {

    static final String SET_TARGETS = """
            mutation($in: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $in) { indicator { version } } }""";

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    Fixtures.World world;
    Indicator ofOpdA;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        Fixtures.Chain chain = fixtures.chain(world);
        ofOpdA = fixtures.indicator(chain.program(), "Cakupan pelayanan kesehatan ibu hamil", Polarity.HIGHER_IS_BETTER,
                Aggregation.LATEST, Fixtures.targets(90, 92));
    }

    Map<String, Object> input() {
        return Map.of("id", Fixtures.id("Indicator", ofOpdA.id()), "version", ofOpdA.version(),
                "targets", List.of(Map.of("year", 2026, "value", 50.0)));
    }

    @Test
    void anOfficerOfOpdB_cannotEditOpdAsIndicator() {
        String region = world.region().code();
        var officerB = new Api(port).as(TestTokens.officer("officer-b", region, world.opdB().code()));
        String before = DatabaseSnapshot.take(db);
        Errors.expect(officerB.document(SET_TARGETS).variable("in", input()).execute(), "FORBIDDEN", "FORBIDDEN_OPD", null);
        assertThat(DatabaseSnapshot.take(db)).isEqualTo(before);

        var officerA = new Api(port).as(TestTokens.officer("officer-a", region, world.opdA().code()));
        officerA.document(SET_TARGETS).variable("in", input()).execute().errors().verify();
    }

    @Test
    void anOfficerOfTheSameOpdCodeInAnotherRegion_cannotEditIt() {
        var elsewhere = new Api(port).as(TestTokens.officer("officer-x", "99.97", world.opdA().code()));
        String before = DatabaseSnapshot.take(db);
        Errors.expect(elsewhere.document(SET_TARGETS).variable("in", input()).execute(), "FORBIDDEN", "FORBIDDEN_REGION", null);
        assertThat(DatabaseSnapshot.take(db)).isEqualTo(before);
    }

    @Test
    void aClientWithoutTheWriteScope_cannotCallAScopedMutation_evenForAPlanner() {
        var app = new Api(port).as(TestTokens.thirdParty("app", List.of("BAPPEDA_PLANNER"), List.of(world.region().code()), "read comment"));
        String before = DatabaseSnapshot.take(db);
        var error = Errors.expect(app.document(SET_TARGETS).variable("in", input()).execute(), "FORBIDDEN", "FORBIDDEN_SCOPE", null);
        assertThat(error.getMessage()).contains("write:plan");
        assertThat(DatabaseSnapshot.take(db)).isEqualTo(before);
    }
}
