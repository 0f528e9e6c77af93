package id.selaras.web.aspiration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** What the aspirations page reads: topics, areas, the person's aspirations (usulan) and the public counts. */
public final class AspirationData {

    private AspirationData() {
    }

    public record Topic(String code, String label) {
    }

    public record Region(String id, String code, String name, String level) {
    }

    public record Named(String name) {
    }

    public record Opd(String name, String shortName) {
    }

    /** One step of the status trail, with the public reason ("you said / we did"). */
    public record Step(String status, String reason, OffsetDateTime at) {
    }

    public record Aspiration(String id, String title, String body, String topic, String status, OffsetDateTime submittedAt,
                             OffsetDateTime updatedAt, Named area, Opd assignedOpd, List<Step> steps) {
        public List<Step> stepList() {
            return steps == null ? List.of() : steps;
        }
    }

    public record StatusCount(String status, Integer count) {
    }

    public record TopicCount(Topic topic, Integer count) {
    }

    public record AreaCount(Named area, Integer count) {
    }

    public record Statistics(Integer total, List<StatusCount> byStatus, List<TopicCount> byTopic, List<AreaCount> byArea) {
    }

    public record Event(String sequence, Boolean resync, Aspiration aspiration, Step step) {
    }

    public record Edge<T>(T node) {
    }

    static <T> List<T> nodes(List<Edge<T>> edges) {
        return edges == null ? List.of() : edges.stream().map(Edge::node).filter(Objects::nonNull).toList();
    }
}
