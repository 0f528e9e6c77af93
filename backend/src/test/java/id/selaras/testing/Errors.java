package id.selaras.testing;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the typed errors of a GraphQL response. */
public final class Errors {

    private Errors() {
    }

    /** All errors of the response, asserting there is at least one. */
    public static List<ResponseError> of(GraphQlTester.Response response) {
        var holder = new java.util.ArrayList<ResponseError>();
        response.errors().satisfy(holder::addAll);
        assertThat(holder).as("errors").isNotEmpty();
        return holder;
    }

    /** Asserts the response failed with this classification and code (on this field, when given). */
    public static ResponseError expect(GraphQlTester.Response response, String classification, String code, String field) {
        List<ResponseError> errors = of(response);
        ResponseError match = errors.stream()
                .filter(e -> code.equals(e.getExtensions().get("code"))
                        && (field == null || field.equals(e.getExtensions().get("field"))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + (field == null ? "" : " on " + field) + " in " + describe(errors)));
        assertThat(match.getErrorType().toString()).isEqualTo(classification);
        assertThat(match.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("at id.selaras");
        return match;
    }

    public static String describe(List<ResponseError> errors) {
        return errors.stream().map(e -> e.getErrorType() + "/" + e.getExtensions().get("code") + "@"
                + e.getExtensions().get("field") + ": " + e.getMessage()).toList().toString();
    }

    static Map<String, Object> extensions(ResponseError e) {
        return e.getExtensions();
    }
}
