package id.selaras.web.home;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** What the home page reads: open consultations, plans with their adopted version, the person's aspirations. */
public final class HomeData {

    private HomeData() {
    }

    public record Named(String name) {
    }

    public record PlanRef(String kind, String title, Named region) {
    }

    public record VersionRef(String id, Integer number, PlanRef plan) {
    }

    public record Consultation(String id, String title, String kind, String state, OffsetDateTime opensAt,
                               OffsetDateTime closesAt, Integer commentCount, Named area, VersionRef planVersion) {
    }

    public record Adopted(String id, Integer number, OffsetDateTime adoptedAt, String note) {
    }

    public record Plan(String id, String kind, String title, Integer periodStart, Integer periodEnd, Named region,
                       Adopted adoptedVersion) {
    }

    public record Aspiration(String id, String title, String topic, String status, OffsetDateTime updatedAt) {
    }

    public record Edge<T>(T node) {
    }

    /** Plans with an adopted version, the latest adopted first. */
    public static List<Plan> recentlyAdopted(List<Plan> plans, int count) {
        return plans.stream().filter(p -> p.adoptedVersion() != null && p.adoptedVersion().adoptedAt() != null)
                .sorted(Comparator.comparing((Plan p) -> p.adoptedVersion().adoptedAt()).reversed())
                .limit(count).toList();
    }

    static <T> List<T> nodes(List<Edge<T>> edges) {
        return edges == null ? List.of() : edges.stream().map(Edge::node).filter(Objects::nonNull).toList();
    }
}
