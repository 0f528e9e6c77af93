package id.selaras.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import id.selaras.IntegrationTest;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Polarity;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients edit one indicator from the same version: exactly one wins, the rest get CONFLICT, nothing is lost. */
@IntegrationTest
class ConcurrentEditTest {

    static final String SET = """
            mutation($in: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $in) { indicator { version } } }""";

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void exactlyOneEditWinsPerVersion() throws Exception {
        var w = fixtures.world();
        var chain = fixtures.chain(w);
        var indicator = fixtures.indicator(chain.program(), "Cakupan imunisasi dasar lengkap", Polarity.HIGHER_IS_BETTER,
                Aggregation.LATEST, Fixtures.targets(90, 91, 92, 93, 94));
        var planner = new Api(port).as(TestTokens.planner("p", w.region().code()));
        int clients = 16;
        List<Callable<List<ResponseError>>> edits = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            double value = 95 + i;
            edits.add(() -> {
                var errors = new ArrayList<ResponseError>();
                planner.document(SET).variable("in", Map.of("id", Fixtures.id("Indicator", indicator.id()),
                        "version", indicator.version(), "targets", List.of(Map.of("year", 2029, "value", value))))
                        .execute().errors().satisfy(errors::addAll);
                return errors;
            });
        }
        List<List<ResponseError>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (var f : pool.invokeAll(edits)) {
                results.add(f.get());
            }
        }
        long wins = results.stream().filter(List::isEmpty).count();
        long conflicts = results.stream().filter(e -> !e.isEmpty() && "CONFLICT".equals(e.getFirst().getErrorType().toString())).count();
        assertThat(wins).isEqualTo(1);
        assertThat(conflicts).isEqualTo(clients - 1);
        var after = planner.document("query($id: ID!) { node(id: $id) { ... on Indicator { version targets { year value } } } }")
                .variable("id", Fixtures.id("Indicator", indicator.id())).execute();
        after.path("node.version").entity(Integer.class).isEqualTo(indicator.version() + 1);
        assertThat(after.path("node.targets[4].value").entity(Double.class).get()).isBetween(95.0, 95.0 + clients);
    }
}
