package id.selaras.web.triage;

import java.time.OffsetDateTime;
import java.util.List;

import id.selaras.web.api.Api;
import org.springframework.stereotype.Component;

/** Opinion groups of a consultation (the Polis method), as {@code opinionGroups} gives them; see docs/assist.md. */
@Component
public class OpinionClient {

    private final Api api;

    OpinionClient(Api api) {
        this.api = api;
    }

    public Groups groups(String consultationId) {
        return api.request(TriageClient.DOCUMENT, "OpinionGroups").variable("consultation", consultationId)
                .field("opinionGroups", Groups.class);
    }

    public record CommentRef(String id, String body) {
    }

    public record Statement(boolean agree, double share, Double othersShare, int votes, CommentRef comment) {
    }

    public record Group(int number, int size, List<Statement> distinguishing) {
        /** A, B, C … as on the map. */
        public String letter() {
            return String.valueOf((char) ('A' + number));
        }
    }

    public record Groups(int participants, int comments, int votes, double silhouette, String svg,
                         OffsetDateTime computedAt, List<Group> groups, List<Statement> consensus) {
    }
}
