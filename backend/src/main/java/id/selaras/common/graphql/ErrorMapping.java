package id.selaras.common.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import id.selaras.common.ErrorCode;
import id.selaras.common.ErrorType;
import id.selaras.common.Problem;
import id.selaras.common.SelarasException;
import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns failures into GraphQL errors with a stable classification, a code, the field concerned and a message in
 * the request's language. Unexpected failures are logged once, with a reference the caller can quote, and
 * reported without internals.
 */
@Component
class ErrorMapping extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    /** Unique constraints that a race between two requests can still hit after the services' own checks. */
    private static final Map<String, Problem> CONSTRAINTS = Map.of(
            "cascade_node_code", Problem.of(ErrorCode.DUPLICATE_CODE, "input.code", ""),
            "indicator_code", Problem.of(ErrorCode.DUPLICATE_CODE, "input.code", ""),
            "organisation_unit_region_id_code_key", Problem.of(ErrorCode.DUPLICATE_CODE, "input.code", ""),
            "region_code_key", Problem.of(ErrorCode.DUPLICATE_CODE, "input.code", ""),
            "plan_version_one_draft", Problem.of(ErrorCode.DRAFT_EXISTS, null),
            "plan_version_one_adopted", Problem.of(ErrorCode.VERSION_CONFLICT, "input.version", "PlanVersion"),
            "plan_version_plan_id_number_key", Problem.of(ErrorCode.VERSION_CONFLICT, null, "PlanVersion"),
            "realisation_lineage_id_year_period_key", Problem.of(ErrorCode.REALISATION_EXISTS, "input.period"));

    private final MessageSource messages;

    ErrorMapping(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
        Locale locale = env.getLocale() == null ? Locale.forLanguageTag("id") : env.getLocale();
        if (ex instanceof SelarasException se) {
            return se.problems().stream().map(p -> toError(p, env, locale)).toList();
        }
        Problem constraint = constraintProblem(ex);
        if (constraint != null) {
            return List.of(toError(constraint, env, locale));
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure (ref {}) at {}", ref, env.getExecutionStepInfo().getPath(), ex);
        return List.of(GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message(messages.getMessage("error.INTERNAL", new Object[] {ref}, locale))
                .extensions(Map.of("code", "INTERNAL", "reference", ref))
                .build());
    }

    GraphQLError toError(Problem p, DataFetchingEnvironment env, Locale locale) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", p.code().name());
        if (p.field() != null) {
            extensions.put("field", p.field());
        }
        if (p.code() == id.selaras.common.ErrorCode.RATE_LIMITED && !p.args().isEmpty()) {
            extensions.put("retryAfter", p.args().getFirst());
        }
        return GraphqlErrorBuilder.newError(env)
                .errorType(p.code().type())
                .message(messages.getMessage(p.code().messageKey(), p.args().toArray(), p.code().name(), locale))
                .extensions(extensions)
                .build();
    }

    private static Problem constraintProblem(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PostgresqlException pe) {
                ErrorDetails details = pe.getErrorDetails();
                String constraint = details.getConstraintName().orElse(null);
                if (constraint != null && CONSTRAINTS.containsKey(constraint)) {
                    return CONSTRAINTS.get(constraint);
                }
                if ("40001".equals(details.getCode()) || "40P01".equals(details.getCode())) {
                    return Problem.of(ErrorCode.VERSION_CONFLICT, null, "");
                }
            }
        }
        return null;
    }
}
