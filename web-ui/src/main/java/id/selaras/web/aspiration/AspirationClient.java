package id.selaras.web.aspiration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.web.api.Api;
import id.selaras.web.api.Live;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.stereotype.Component;

/** The aspirations page's GraphQL client; its operations are in {@code graphql-documents/aspiration.graphql}. */
@Component
public class AspirationClient {

    static final String DOCUMENT = "aspiration";

    private final Api api;

    AspirationClient(Api api) {
        this.api = api;
    }

    /** The topics, and the regions (kota / kabupaten) that publish plans here: where an aspiration can go. */
    public record Setup(List<AspirationData.Topic> topics, List<AspirationData.Region> regions) {
    }

    record PlanRegion(AspirationData.Region region) {
    }

    public Setup setup() {
        ClientGraphQlResponse r = api.request(DOCUMENT, "AspirationSetup").execute();
        List<AspirationData.Topic> topics = r.field("aspirationTopics").toEntityList(AspirationData.Topic.class);
        List<AspirationData.Edge<PlanRegion>> plans = r.field("plans.edges")
                .toEntity(new ParameterizedTypeReference<List<AspirationData.Edge<PlanRegion>>>() { });
        Map<String, AspirationData.Region> regions = new LinkedHashMap<>();
        AspirationData.nodes(plans).stream().map(PlanRegion::region).filter(java.util.Objects::nonNull)
                .forEach(region -> regions.putIfAbsent(region.id(), region));
        return new Setup(topics == null ? List.of() : topics, List.copyOf(regions.values()));
    }

    /** The kecamatan of a kota, or the kelurahan of a kecamatan. */
    public List<AspirationData.Region> below(String parentId) {
        return AspirationData.nodes(api.request(DOCUMENT, "AreasBelow").variable("parent", parentId)
                .field("regions.edges", new ParameterizedTypeReference<List<AspirationData.Edge<AspirationData.Region>>>() { }));
    }

    public AspirationData.Statistics statistics(String regionId) {
        return api.request(DOCUMENT, "AspirationStatistics").variable("region", regionId)
                .field("aspirationStatistics", AspirationData.Statistics.class);
    }

    public List<AspirationData.Aspiration> mine() {
        return AspirationData.nodes(api.request(DOCUMENT, "MyAspirations").variable("first", 50)
                .field("aspirations.edges",
                        new ParameterizedTypeReference<List<AspirationData.Edge<AspirationData.Aspiration>>>() { }));
    }

    public AspirationData.Aspiration submit(NewAspiration aspiration) {
        return api.request(DOCUMENT, "SubmitAspiration").variable("input", aspiration.toInput())
                .field("submitAspiration.aspiration", AspirationData.Aspiration.class);
    }

    public static Live.Topic updates() {
        return Live.Topic.of(DOCUMENT, "MyAspirationUpdates", "myAspirationUpdates", Map.of());
    }
}
