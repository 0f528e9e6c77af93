package id.selaras.web.indicator;

import id.selaras.web.api.Api;
import org.springframework.stereotype.Component;

/** The indicator feature's GraphQL client; its operations are in {@code graphql-documents/indicator.graphql}. */
@Component
public class IndicatorClient {

    private final Api api;

    IndicatorClient(Api api) {
        this.api = api;
    }

    /** The indicator with its targets, achievements and alignment, or null when there is none with this id. */
    public IndicatorData indicator(String id) {
        return api.request("indicator", "IndicatorPage").variable("id", id).field("node", IndicatorData.class);
    }
}
