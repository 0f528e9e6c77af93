package id.selaras.web.plan;

import java.util.List;

import id.selaras.web.BackendException;
import id.selaras.web.BackendProperties;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.stereotype.Component;

/** The plan feature's GraphQL client; its operations are in {@code graphql-documents/plan.graphql}. */
@Component
public class PlanClient {

    private static final String DOCUMENT = "plan";

    private final HttpGraphQlClient graphQl;
    private final BackendProperties backend;

    PlanClient(HttpGraphQlClient graphQl, BackendProperties backend) {
        this.graphQl = graphQl;
        this.backend = backend;
    }

    /** The first {@code count} plans the caller may read, newest period first. */
    public List<PlanSummary> plans(int count) {
        try {
            List<PlanEdge> edges = graphQl.documentName(DOCUMENT)
                    .operationName("Plans")
                    .variable("first", count)
                    .retrieve("plans.edges")
                    .toEntityList(PlanEdge.class)
                    // Vaadin views render synchronously on the request thread; the timeout bounds the wait.
                    .block(backend.timeout());
            return edges == null ? List.of() : edges.stream().map(PlanEdge::node).toList();
        } catch (RuntimeException e) {
            throw BackendException.of("Query Plans", e);
        }
    }

    /** An edge of the plans connection; only its node is used. */
    record PlanEdge(PlanSummary node) {
    }
}
