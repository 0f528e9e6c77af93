package id.selaras.web.home;

import java.util.List;

import id.selaras.web.api.Api;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.stereotype.Component;

/** The home page's GraphQL client; its operations are in {@code graphql-documents/home.graphql}. */
@Component
public class HomeClient {

    private final Api api;

    HomeClient(Api api) {
        this.api = api;
    }

    /** Open consultations and plans, in one request. */
    public record Overview(List<HomeData.Consultation> consultations, List<HomeData.Plan> plans) {
    }

    public Overview overview() {
        ClientGraphQlResponse response = api.request("home", "Home").execute();
        List<HomeData.Edge<HomeData.Consultation>> consultations = response.field("consultations.edges")
                .toEntity(new ParameterizedTypeReference<List<HomeData.Edge<HomeData.Consultation>>>() { });
        List<HomeData.Edge<HomeData.Plan>> plans = response.field("plans.edges")
                .toEntity(new ParameterizedTypeReference<List<HomeData.Edge<HomeData.Plan>>>() { });
        return new Overview(HomeData.nodes(consultations), HomeData.nodes(plans));
    }

    public List<HomeData.Aspiration> myAspirations(int count) {
        List<HomeData.Edge<HomeData.Aspiration>> edges = api.request("home", "MyAspirationsShort").variable("first", count)
                .field("aspirations.edges", new ParameterizedTypeReference<List<HomeData.Edge<HomeData.Aspiration>>>() { });
        return HomeData.nodes(edges);
    }
}
