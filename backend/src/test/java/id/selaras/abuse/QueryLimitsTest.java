package id.selaras.abuse;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Expensive requests are refused before any work, each with a clear, typed error. */
@IntegrationTest
class QueryLimitsTest {

    @LocalServerPort int port;

    GraphQlTester.Response run(String query) {
        return new Api(port).anonymous().document(query).execute();
    }

    @Test
    void aQueryDeeperThanTheLimit_isRefused() {
        String deep = "{ regions { edges { node { " + "parent { ".repeat(20) + "code" + " }".repeat(20) + " } } } }";
        var error = Errors.expect(run(deep), "BAD_REQUEST", "QUERY_TOO_DEEP", null);
        assertThat(error.getMessage()).contains("terlalu dalam");
    }

    @Test
    void theFullCascadeQuery_isWellWithinTheLimits() {
        String cascade = "{ plans { edges { node { adoptedVersion { roots { "
                + "children { ".repeat(6) + "id kind code title indicators { name targets { year value } achievements { percent } }"
                + " }".repeat(6) + " } } } } } }";
        run(cascade).errors().verify();
    }

    @Test
    void tooManyFields_tooManyAliases_andTooManyOperations_areRefused() {
        Errors.expect(run("{ ratingSchemes { " + "name ".repeat(3001) + "} }"), "BAD_REQUEST", "QUERY_TOO_LARGE", null);
        String aliases = IntStream.range(0, 51).mapToObj(i -> "a" + i + ": ratingSchemes { name }").collect(Collectors.joining(" "));
        Errors.expect(run("{ " + aliases + " }"), "BAD_REQUEST", "TOO_MANY_ALIASES", null);
        String operations = IntStream.range(0, 11).mapToObj(i -> "query Q" + i + " { ratingSchemes { name } }")
                .collect(Collectors.joining(" "));
        Errors.expect(new Api(port).anonymous().document(operations).operationName("Q1").execute(), "BAD_REQUEST",
                "TOO_MANY_OPERATIONS", null);
    }

    @Test
    void aPageLargerThan100_isRefused() {
        Errors.expect(run("{ plans(first: 101) { totalCount } }"), "BAD_REQUEST", "PAGE_SIZE", "first");
    }

    @Test
    void aDocumentWithTooManyTokens_isRefusedByTheParser() {
        String huge = "{ ratingSchemes { " + "name, ".repeat(16000) + "} }";
        var error = Errors.of(run(huge)).getFirst();
        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions().get("code")).isEqualTo("InvalidSyntax");
    }

    @Test
    void unknownFields_getNoSuggestionsOfOtherNames() {
        var error = Errors.of(run("{ ratingSchemes { nam } }")).getFirst();
        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.getMessage()).doesNotContainIgnoringCase("did you mean");
    }
}
