package id.selaras.common.graphql;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;

import graphql.execution.SubscriptionExecutionStrategy;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the caller's network address in the GraphQL context ({@code clientAddress}) for per-address rate limits, and
 * asks graphql-java to deliver subscription events in the order they occur (it may reorder them otherwise, as each
 * event's fields resolve asynchronously). Behind a reverse proxy, set {@code server.forward-headers-strategy=framework}
 * so the address is the client's.
 */
@Component
class ClientAddress implements WebGraphQlInterceptor {

    static final String KEY = "clientAddress";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        InetSocketAddress remote = request.getRemoteAddress();
        Map<Object, Object> context = new HashMap<>();
        context.put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
        if (remote != null && remote.getAddress() != null) {
            context.put(KEY, remote.getAddress().getHostAddress());
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context).build());
        return chain.next(request);
    }
}
