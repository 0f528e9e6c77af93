package id.selaras.web.consultation;

import java.util.List;
import java.util.Map;

import id.selaras.web.api.Api;
import id.selaras.web.api.Live;
import org.springframework.stereotype.Component;

/** The consultation pages' GraphQL client; operations in {@code graphql-documents/consultation.graphql}. */
@Component
public class ConsultationClient {

    static final String DOCUMENT = "consultation";

    private final Api api;

    ConsultationClient(Api api) {
        this.api = api;
    }

    /** Consultations the public may read, the latest closing first. */
    public List<ConsultationData.Summary> list() {
        ConsultationData.Connection c = api.request(DOCUMENT, "ConsultationList").variable("first", 100)
                .field("consultations", ConsultationData.Connection.class);
        return c == null ? List.of() : c.list();
    }

    public ConsultationData.Detail consultation(String id) {
        return api.request(DOCUMENT, "ConsultationPage").variable("id", id).field("node", ConsultationData.Detail.class);
    }

    public static Live.Topic activity(String id) {
        return Live.Topic.of(DOCUMENT, "ConsultationActivity", "consultationActivity", Map.of("consultation", id));
    }
}
