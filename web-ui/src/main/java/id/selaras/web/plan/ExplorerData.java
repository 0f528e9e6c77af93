package id.selaras.web.plan;

import java.time.OffsetDateTime;
import java.util.List;

/** What the public plan explorer reads: plans with their versions, and a version's cascade (pohon kinerja). */
public final class ExplorerData {

    private ExplorerData() {
    }

    public record Region(String code, String name) {
    }

    public record Version(String id, Integer number, String status, String note, OffsetDateTime createdAt,
                          OffsetDateTime adoptedAt) {
    }

    public record VersionEdge(Version node) {
    }

    public record Versions(List<VersionEdge> edges) {
        public List<Version> list() {
            return edges == null ? List.of() : edges.stream().map(VersionEdge::node).toList();
        }
    }

    /** A plan (rencana) with its versions: the induk and its perubahan. */
    public record Plan(String id, String kind, String title, Integer periodStart, Integer periodEnd, Boolean reference,
                       Region region, Versions versions) {
    }

    public record PlanEdge(Plan node) {
    }

    public record PlanConnection(List<PlanEdge> edges, Integer totalCount) {
        public List<Plan> list() {
            return edges == null ? List.of() : edges.stream().map(PlanEdge::node).toList();
        }
    }

    public record PlanRef(String id, String kind, String title, Integer periodStart, Integer periodEnd, Region region) {
    }

    /** One version of a plan, as its page heads it. */
    public record VersionPage(String id, Integer number, String status, String note, OffsetDateTime createdAt,
                              OffsetDateTime adoptedAt, Integer nodeCount, Integer indicatorCount, PlanRef plan) {
    }

    public record Ref(String id) {
    }

    public record Opd(String name, String shortName) {
    }

    public record IndicatorRef(String id, String code, String name, String unit) {
    }

    /** A node of the cascade, flat, as the API lists them in tree order. */
    public record Node(String id, String kind, String code, String title, String description, Integer position, Ref parent,
                       List<Ref> supports, List<Opd> responsibleOpds, List<IndicatorRef> indicators) {
        public String parentId() {
            return parent == null ? null : parent.id();
        }

        public List<IndicatorRef> indicatorList() {
            return indicators == null ? List.of() : indicators;
        }
    }

    public record NodeEdge(Node node) {
    }

    public record PageInfo(Boolean hasNextPage, String endCursor) {
    }

    public record NodePage(PageInfo pageInfo, List<NodeEdge> edges) {
    }
}
