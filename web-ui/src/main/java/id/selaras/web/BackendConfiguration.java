package id.selaras.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.web.reactive.function.client.WebClient;

/** The one GraphQL client of the web UI; each feature's client builds its requests on it. */
@Configuration(proxyBeanMethods = false)
public class BackendConfiguration {

    @Bean
    HttpGraphQlClient graphQlClient(WebClient.Builder webClient, BackendProperties backend) {
        return HttpGraphQlClient.builder(webClient.baseUrl(backend.graphQlEndpoint().toString())).build();
    }
}
