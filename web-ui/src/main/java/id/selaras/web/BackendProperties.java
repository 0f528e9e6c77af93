package id.selaras.web;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the backend's GraphQL API is, and how long a view waits for it.
 *
 * @param url     base URL of the backend; the GraphQL endpoint is {@code <url>/graphql}
 * @param timeout how long one request may take before the view shows that the server cannot be reached
 */
@ConfigurationProperties("selaras.backend")
public record BackendProperties(URI url, @DefaultValue("10s") Duration timeout) {

    public URI graphQlEndpoint() {
        return url.resolve("/graphql");
    }
}
