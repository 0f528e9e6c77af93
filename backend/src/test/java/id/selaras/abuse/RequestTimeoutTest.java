package id.selaras.abuse;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionResultImpl;
import id.selaras.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that outlives the timeout is cancelled and answered with REQUEST_TIMEOUT; the long-running import
 * mutations get the long limit, and only when the request consists of them.
 */
@IntegrationTest
class RequestTimeoutTest {

    static final Duration SHORT = Duration.ofMillis(200);
    static final Duration LONG = Duration.ofSeconds(3);

    @Autowired MessageSource messages;
    @Autowired List<WebGraphQlInterceptor> interceptors;

    @Test
    void aSlowRequest_isCancelledWithAClearError() throws Exception {
        WebGraphQlResponse response = timeout().intercept(request("{ ratingSchemes { name } }"), r -> Mono.never())
                .block(Duration.ofSeconds(5));

        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().getFirst().getExtensions().get("code")).isEqualTo("REQUEST_TIMEOUT");
        assertThat(response.getErrors().getFirst().getMessage()).contains("stopped after 0 seconds");
        assertThat(interceptors).anyMatch(i -> i.getClass().getSimpleName().equals("RequestTimeout"));
    }

    @Test
    void aWorkbookImport_getsTheLongLimit() throws Exception {
        String apply = "mutation($in: ApplyPlanImportInput!) { applyPlanImport(input: $in) { report { ok } } }";

        assertThat(runsFor(apply, Duration.ofMillis(800)).getErrors()).isEmpty();
    }

    @Test
    void theLongLimit_isNotGainedByNamingAnImportElsewhere() throws Exception {
        // an alias, a comment, or an ordinary mutation beside the import: the ordinary limit
        assertThat(runsFor("{ applyPlanImport: ratingSchemes { name } }", Duration.ofMillis(800)).getErrors())
                .singleElement().satisfies(e -> assertThat(e.getExtensions().get("code")).isEqualTo("REQUEST_TIMEOUT"));
        assertThat(runsFor("# applyPlanImport\nmutation { flagComment(input: {commentId: \"x\", reason: \"r\"}) { flagged } }",
                Duration.ofMillis(800)).getErrors()).hasSize(1);
        assertThat(runsFor("mutation($in: ApplyPlanImportInput!) { applyPlanImport(input: $in) { report { ok } } "
                + "flagComment(input: {commentId: \"x\", reason: \"r\"}) { flagged } }", Duration.ofMillis(800)).getErrors())
                .hasSize(1);
    }

    private WebGraphQlResponse runsFor(String document, Duration work) throws Exception {
        WebGraphQlRequest request = request(document);
        return timeout().intercept(request, r -> Mono.delay(work).map(x -> new WebGraphQlResponse(
                        new DefaultExecutionGraphQlResponse(r.toExecutionInput(),
                                ExecutionResultImpl.newExecutionResult().data(Map.of()).build()))))
                .block(Duration.ofSeconds(10));
    }

    private WebGraphQlInterceptor timeout() throws Exception {
        var type = Class.forName("id.selaras.common.graphql.RequestTimeout");
        var constructor = type.getDeclaredConstructor(Duration.class, Duration.class, List.class, MessageSource.class);
        constructor.setAccessible(true);
        return (WebGraphQlInterceptor) constructor.newInstance(SHORT, LONG,
                List.of("applyPlanImport", "importPlanDryRun", "importNomenclature"), messages);
    }

    private static WebGraphQlRequest request(String document) {
        return new WebGraphQlRequest(java.net.URI.create("http://localhost/graphql"), new HttpHeaders(),
                new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", document), "1", Locale.ENGLISH);
    }
}
