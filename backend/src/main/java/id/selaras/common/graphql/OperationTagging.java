package id.selaras.common.graphql;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Tags GraphQL request metrics with the operation name, so latency is reported per operation
 * ({@code graphql_request_seconds{graphql_operation_name="PlanTree"}}). Names are clients' own: they are cut to a
 * safe alphabet and length so a hostile client cannot explode the number of series.
 */
@Configuration(proxyBeanMethods = false)
class OperationTagging {

    @Bean
    DefaultExecutionRequestObservationConvention operationNameConvention() {
        return new DefaultExecutionRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
                String name = context.getExecutionInput().getOperationName();
                if ((name == null || name.isBlank()) && context.getExecutionContext() != null
                        && context.getExecutionContext().getOperationDefinition() != null) {
                    name = context.getExecutionContext().getOperationDefinition().getName();
                }
                String safe = name == null || name.isBlank() ? "anonymous"
                        : name.replaceAll("[^A-Za-z0-9_]", "").substring(0, Math.min(48, name.replaceAll("[^A-Za-z0-9_]", "").length()));
                return super.getLowCardinalityKeyValues(context).and(KeyValue.of("graphql.operation.name", safe.isEmpty() ? "anonymous" : safe));
            }
        };
    }
}
