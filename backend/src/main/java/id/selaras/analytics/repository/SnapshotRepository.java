package id.selaras.analytics.repository;

import java.util.List;

import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.PlanSnapshot.Cascade;
import id.selaras.analytics.PlanSnapshot.Measures;
import id.selaras.indicator.Realisation;
import id.selaras.plan.VersionScope;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Loads a {@link PlanSnapshot} of a plan version: twelve statements, run concurrently, whatever the size of the plan
 * (the cascade, indicators, targets, OPDs and realisations here; the context in {@link ContextRepository}).
 */
@Repository
public class SnapshotRepository {

    private final DatabaseClient db;
    private final ContextRepository context;

    SnapshotRepository(DatabaseClient db, ContextRepository context) {
        this.db = db;
        this.context = context;
    }

    public Mono<PlanSnapshot> load(VersionScope scope) {
        long v = scope.versionId();
        Mono<Cascade> cascade = Mono.zip(
                db.sql("SELECT * FROM cascade_node WHERE plan_version_id = :v").bind("v", v)
                        .map(ReadModel::node).all().collectList(),
                db.sql("""
                                SELECT o.node_id, o.opd_id FROM cascade_node_opd o JOIN cascade_node n ON n.id = o.node_id
                                WHERE n.plan_version_id = :v ORDER BY o.node_id, o.position""").bind("v", v)
                        .map(row -> ReadModel.pair(row, "node_id", "opd_id")).all().collectList().map(ReadModel::group))
                .map(t -> new Cascade(t.getT1(), t.getT2()));
        Mono<Measures> measures = Mono.zip(
                db.sql("SELECT * FROM indicator WHERE plan_version_id = :v").bind("v", v)
                        .map(row -> ReadModel.indicator(row, scope.periodEnd())).all().collectList(),
                db.sql("""
                                SELECT t.* FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id
                                WHERE i.plan_version_id = :v ORDER BY t.indicator_id, t.year""").bind("v", v)
                        .map(ReadModel::target).all().collectList().map(ReadModel::group),
                db.sql("""
                                SELECT o.indicator_id, o.opd_id FROM indicator_opd o JOIN indicator i ON i.id = o.indicator_id
                                WHERE i.plan_version_id = :v ORDER BY o.indicator_id, o.position""").bind("v", v)
                        .map(row -> ReadModel.pair(row, "indicator_id", "opd_id")).all().collectList().map(ReadModel::group),
                db.sql("""
                                SELECT r.* FROM realisation r
                                WHERE r.lineage_id IN (SELECT lineage_id FROM indicator WHERE plan_version_id = :v)
                                ORDER BY r.lineage_id, r.year, r.period""").bind("v", v)
                        .map(ReadModel::realisation).all().collectList()
                        .map(list -> ReadModel.group(list, Realisation::lineageId)))
                .map(t -> new Measures(t.getT1(), t.getT2(), t.getT3(), t.getT4()));
        return Mono.zip(context.scheme(v), cascade, measures, context.load(v))
                .map(t -> new PlanSnapshot(scope, t.getT1(), t.getT2(), t.getT3(), t.getT4()));
    }
}
