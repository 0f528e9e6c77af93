package id.selaras.common.graphql;

import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import id.selaras.common.GlobalId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code id} field of every type with a global id: {@link GlobalId#encode} of the GraphQL type's name and the
 * object's numeric {@code id} property. Plain graphql-java fetchers marked {@link TrivialDataFetcher} (synchronous,
 * no I/O), so neither Spring's annotated-handler invocation nor its context propagation nor a per-field observation
 * runs for them — a full cascade read resolves thousands of ids per request (docs/benchmarks.md, cascade read).
 */
@Configuration(proxyBeanMethods = false)
class GlobalIdFields {

    /** GraphQL object types whose {@code id} is the global id of the row with the object's {@code id} property. */
    static final List<String> TYPES = List.of("Aspiration", "CascadeNode", "Comment", "Consultation", "Indicator",
            "Meeting", "OrganisationUnit", "Plan", "PlanVersion", "RatingScheme", "Realisation", "Region");

    @Bean
    RuntimeWiringConfigurer globalIdFetchers() {
        return wiring -> TYPES.forEach(type -> wiring.type(type, t -> t.dataFetcher("id", new Fetcher(type))));
    }

    /** Encodes the source's numeric {@code id} (a record component or getter) with the type's name. */
    static final class Fetcher implements TrivialDataFetcher<String> {

        private final String type;
        private final PropertyDataFetcher<Object> id = PropertyDataFetcher.fetching("id");

        Fetcher(String type) {
            this.type = type;
        }

        @Override
        public String get(DataFetchingEnvironment env) throws Exception {
            Object raw = id.get(env);
            return raw == null ? null : GlobalId.encode(type, ((Number) raw).longValue());
        }
    }
}
