package id.selaras.web.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A consultation (konsultasi publik, forum perangkat daerah, musrenbang) as the public pages show it. */
public final class ConsultationData {

    private ConsultationData() {
    }

    public record Named(String name) {
    }

    public record PlanRef(String kind, String title) {
    }

    public record VersionRef(String id, Integer number, String status, PlanRef plan) {
    }

    public record Summary(String id, String title, String kind, String state, OffsetDateTime opensAt,
                          OffsetDateTime closesAt, Integer commentCount, Named area, VersionRef planVersion) {
    }

    public record Edge(Summary node) {
    }

    public record Connection(List<Edge> edges) {
        public List<Summary> list() {
            return edges == null ? List.of() : edges.stream().map(Edge::node).toList();
        }
    }

    public record ParticipantCount(String category, Integer count) {
    }

    /** An offline meeting with its record (notulen, hasil). */
    public record Meeting(String id, LocalDate heldOn, String place, Integer totalParticipants, String minutes,
                          String outcomes, List<ParticipantCount> participants) {
    }

    public record NodeRef(String id, String kind, String code, String title) {
    }

    public record IndicatorRef(String id, String code, String name) {
    }

    public record Statistics(Integer comments, Integer participants, Integer reactions, Integer proposals,
                             Integer officialResponses, Integer meetings, Integer meetingParticipants) {
    }

    public record Detail(String id, String title, String description, String kind, String state, OffsetDateTime opensAt,
                         OffsetDateTime closesAt, Boolean wholePlan, Integer commentCount, Named area,
                         VersionRef planVersion, List<NodeRef> scopeNodes, List<IndicatorRef> scopeIndicators,
                         List<Meeting> meetings, Statistics statistics) {
    }

    public record Author(String name) {
    }

    public record CommentRef(String id, String body, String state, Boolean official, Author author,
                             OffsetDateTime createdAt) {
    }

    public record ConsultationRef(String id, String state, OffsetDateTime closesAt) {
    }

    /** An event of the {@code consultationActivity} subscription. */
    public record Event(String sequence, String entityType, String action, Boolean resync, CommentRef comment,
                        Meeting meeting, ConsultationRef consultation) {
    }
}
