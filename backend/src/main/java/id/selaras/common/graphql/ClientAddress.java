package id.selaras.common.graphql;

import java.net.InetSocketAddress;
import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the caller's network address in the GraphQL context ({@code clientAddress}) for per-address rate limits.
 * Behind a reverse proxy, set {@code server.forward-headers-strategy=framework} so the address is the client's.
 */
@Component
class ClientAddress implements WebGraphQlInterceptor {

    static final String KEY = "clientAddress";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote != null && remote.getAddress() != null) {
            String address = remote.getAddress().getHostAddress();
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, address)).build());
        }
        return chain.next(request);
    }
}
