package id.selaras.cascade;

import id.selaras.IntegrationTest;
import id.selaras.demo.SyntheticPlanGenerator;
import id.selaras.demo.SyntheticPlanGenerator.Shape;
import id.selaras.plan.PlanVersion;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import id.selaras.testing.SqlCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CascadeQueryTest {

    @Autowired SyntheticPlanGenerator generator;
    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void fullCascadeQuery_usesTheSameNumberOfStatements_forAPlanTenTimesLarger() {
        long region = fixtures.world().region().id();
        PlanVersion small = generator.generate(region, "Kecil", Shape.of(1, 1, 1, 2, 2, 2)).block();
        PlanVersion large = generator.generate(region, "Besar", Shape.of(2, 2, 2, 2, 3, 3)).block();

        long smallCount = statements(small, 18);
        long largeCount = statements(large, 223);

        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(smallCount).as("statements for the whole cascade: small %d, large %d", smallCount, largeCount).isLessThan(100);
    }

    /**
     * Statements of the query, the most of three runs: graphql-java sometimes dispatches two levels' batch loads
     * together, which only ever saves statements, so the most is the stable figure.
     */
    private long statements(PlanVersion version, int nodes) {
        long most = 0;
        for (int run = 0; run < 3; run++) {
            SqlCounter.reset();
            GraphQlTester.Response response = new Api(port).anonymous().documentName("fullCascade")
                    .variable("id", Fixtures.id("PlanVersion", version.id()))
                    .execute();
            most = Math.max(most, SqlCounter.count());
            response.errors().verify();
            response.path("node.nodeCount").entity(Integer.class).isEqualTo(nodes);
            response.path("node.roots[0].children[0].children[0].children[0].children[0].children[0].children[0].kind")
                    .entity(String.class).isEqualTo("SUB_KEGIATAN");
            response.path("node.roots[0].indicators[0].achievements[0].status").hasValue();
        }
        return most;
    }
}
