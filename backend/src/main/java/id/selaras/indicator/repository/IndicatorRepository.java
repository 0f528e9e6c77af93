package id.selaras.indicator.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Baseline;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for indicators, their targets, responsible OPDs and alignments; batched by indicator or node ids. */
@Repository
public class IndicatorRepository {

    private static final String SELECT = """
            SELECT i.*, p.period_end FROM indicator i
            JOIN plan_version v ON v.id = i.plan_version_id JOIN plan p ON p.id = v.plan_id""";

    private final DatabaseClient db;

    IndicatorRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Indicator> find(long id) {
        return db.sql(SELECT + " WHERE i.id = :id").bind("id", id).map(IndicatorRepository::map).one();
    }

    public Mono<Map<Long, Indicator>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql(SELECT + " WHERE i.id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(IndicatorRepository::map).all().collectMap(Indicator::id, Function.identity());
    }

    public Mono<Indicator> findByCode(long versionId, String code) {
        return db.sql(SELECT + " WHERE i.plan_version_id = :v AND i.code = :code").bind("v", versionId).bind("code", code)
                .map(IndicatorRepository::map).one();
    }

    public Mono<Map<Long, List<Indicator>>> ofNodes(Collection<Long> nodeIds) {
        if (nodeIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql(SELECT + " WHERE i.node_id = ANY(:ids) ORDER BY i.position, i.id").bind("ids", nodeIds.toArray(Long[]::new))
                .map(IndicatorRepository::map).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Indicator::nodeId)));
    }

    /** Indicators of a version in cascade order, optionally of one responsible OPD (own or its node's) or type. */
    public Mono<Connection<Indicator>> list(long versionId, Long opdId, IndicatorType type, Page page) {
        String sql = """
                WITH RECURSIVE t AS (
                  SELECT id, ARRAY[position, id] AS path FROM cascade_node WHERE plan_version_id = :v AND parent_id IS NULL
                  UNION ALL
                  SELECT c.id, t.path || c.position || c.id FROM cascade_node c JOIN t ON c.parent_id = t.id)
                SELECT i.*, p.period_end, count(*) over () AS total_count
                FROM t JOIN indicator i ON i.node_id = t.id
                JOIN plan_version v ON v.id = i.plan_version_id JOIN plan p ON p.id = v.plan_id
                WHERE true"""
                + (type == null ? "" : " AND i.type = :type")
                // the leading space: a text block strips it, and "WHERE true" would run into "AND"
                + (opdId == null ? "" : " " + """
                 AND (EXISTS (SELECT 1 FROM indicator_opd x WHERE x.indicator_id = i.id AND x.opd_id = :opd)
                   OR (NOT EXISTS (SELECT 1 FROM indicator_opd x WHERE x.indicator_id = i.id)
                       AND EXISTS (SELECT 1 FROM cascade_node_opd y WHERE y.node_id = i.node_id AND y.opd_id = :opd)))""")
                + " ORDER BY t.path, i.position, i.id";
        return PagedQuery.run(db, sql, spec -> {
            var s = spec.bind("v", versionId);
            s = type == null ? s : s.bind("type", type.name());
            return opdId == null ? s : s.bind("opd", opdId);
        }, (row, meta) -> map(row), page);
    }

    public Mono<Map<Long, Long>> countByVersion(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT plan_version_id, count(*) AS n FROM indicator WHERE plan_version_id = ANY(:ids) GROUP BY plan_version_id")
                .bind("ids", versionIds.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "plan_version_id"), row.get("n", Long.class))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    public Mono<Map<Long, List<Target>>> targets(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM indicator_target WHERE indicator_id = ANY(:ids) ORDER BY year")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "indicator_id"), new Target(row.get("year", Integer.class),
                        Rows.dbl(row, "value"), Rows.dbl(row, "min_value"), Rows.dbl(row, "max_value"))))
                .all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    public Mono<Map<Long, List<Long>>> opdIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT indicator_id, opd_id FROM indicator_opd WHERE indicator_id = ANY(:ids) ORDER BY position")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "indicator_id"), Rows.id(row, "opd_id"))).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    /**
     * Codes of the OPDs an indicator belongs to: its own responsible OPDs, or its node's when it names none.
     */
    public Mono<List<String>> owningOpdCodes(long id) {
        return db.sql("""
                        SELECT o.code FROM indicator_opd x JOIN organisation_unit o ON o.id = x.opd_id WHERE x.indicator_id = :id
                        UNION
                        SELECT o.code FROM indicator i JOIN cascade_node_opd y ON y.node_id = i.node_id
                        JOIN organisation_unit o ON o.id = y.opd_id
                        WHERE i.id = :id AND NOT EXISTS (SELECT 1 FROM indicator_opd x WHERE x.indicator_id = :id)""")
                .bind("id", id).map(row -> row.get("code", String.class)).all().collectList();
    }

    /** Alignments: reference indicators of each indicator, or ({@code reverse}) local indicators of each reference one. */
    public Mono<Map<Long, List<Long>>> alignments(Collection<Long> ids, boolean reverse) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        String key = reverse ? "reference_indicator_id" : "indicator_id";
        String other = reverse ? "indicator_id" : "reference_indicator_id";
        return db.sql("SELECT " + key + " AS k, " + other + " AS o FROM indicator_alignment WHERE " + key + " = ANY(:ids) ORDER BY o")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "k"), Rows.id(row, "o"))).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    public Mono<Integer> nextPosition(long nodeId, long exceptId) {
        return db.sql("SELECT coalesce(max(position), 0) + 1 AS p FROM indicator WHERE node_id = :n AND id <> :except")
                .bind("n", nodeId).bind("except", exceptId).map(row -> row.get("p", Integer.class)).one();
    }

    public Mono<Long> shiftFrom(long nodeId, int position, int delta, long exceptId) {
        return db.sql("UPDATE indicator SET position = position + :d WHERE node_id = :n AND position >= :p AND id <> :except")
                .bind("n", nodeId).bind("p", position).bind("d", delta).bind("except", exceptId).fetch().rowsUpdated();
    }

    public Mono<Indicator> insert(long nodeId, long versionId, IndicatorFields f, int position) {
        var spec = db.sql("""
                INSERT INTO indicator (node_id, plan_version_id, lineage_id, code, name, unit, definition, formula,
                    data_source, concept, classification, frequency, selection_reason, polarity, aggregation, type,
                    position, baseline_year, baseline_value, end_value, end_min, end_max)
                VALUES (:node, :v, 0, :code, :name, :unit, :definition, :formula, :source, :concept, :classification,
                    :frequency, :reason, :polarity, :aggregation, :type, :position, :baseline_year, :baseline_value,
                    :end_value, :end_min, :end_max)
                RETURNING id""").bind("node", nodeId).bind("v", versionId).bind("position", position);
        return bindFields(spec, f).map(row -> Rows.id(row, "id")).one()
                .flatMap(id -> db.sql("UPDATE indicator SET lineage_id = id WHERE id = :id").bind("id", id).fetch()
                        .rowsUpdated().then(find(id)));
    }

    /** Empty when the version is stale. */
    public Mono<Indicator> update(long id, int version, IndicatorFields f) {
        var spec = db.sql("""
                UPDATE indicator SET code = :code, name = :name, unit = :unit, definition = :definition, formula = :formula,
                    data_source = :source, concept = :concept, classification = :classification, frequency = :frequency,
                    selection_reason = :reason, polarity = :polarity, aggregation = :aggregation, type = :type,
                    baseline_year = :baseline_year, baseline_value = :baseline_value, end_value = :end_value,
                    end_min = :end_min, end_max = :end_max, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version RETURNING id""").bind("id", id).bind("version", version);
        return bindFields(spec, f).map(row -> Rows.id(row, "id")).one().flatMap(this::find);
    }

    /** Bumps the lock version after a change to targets or links only. */
    public Mono<Indicator> touch(long id, int version, Target endTarget, boolean setEnd) {
        var spec = db.sql("UPDATE indicator SET version = version + 1, updated_at = now()"
                + (setEnd ? ", end_value = :end_value, end_min = :end_min, end_max = :end_max" : "")
                + " WHERE id = :id AND version = :version RETURNING id").bind("id", id).bind("version", version);
        if (setEnd) {
            spec = Rows.bindNumber(spec, "end_value", endTarget == null ? null : endTarget.value());
            spec = Rows.bindNumber(spec, "end_min", endTarget == null ? null : endTarget.min());
            spec = Rows.bindNumber(spec, "end_max", endTarget == null ? null : endTarget.max());
        }
        return spec.map(row -> Rows.id(row, "id")).one().flatMap(this::find);
    }

    public Mono<Indicator> move(long id, int version, long nodeId, int position) {
        return db.sql("""
                        UPDATE indicator SET node_id = :node, position = :p, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version RETURNING id""")
                .bind("id", id).bind("version", version).bind("node", nodeId).bind("p", position)
                .map(row -> Rows.id(row, "id")).one().flatMap(this::find);
    }

    public Mono<Long> delete(long id, int version) {
        return db.sql("DELETE FROM indicator WHERE id = :id AND version = :version").bind("id", id).bind("version", version)
                .fetch().rowsUpdated();
    }

    public Mono<Void> replaceTargets(long id, List<Target> targets) {
        return db.sql("DELETE FROM indicator_target WHERE indicator_id = :id").bind("id", id).fetch().rowsUpdated()
                .then(upsertTargets(id, targets));
    }

    public Mono<Void> upsertTargets(long id, List<Target> targets) {
        if (targets.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        INSERT INTO indicator_target (indicator_id, year, value, min_value, max_value)
                        SELECT :id, y, v, mn, mx FROM unnest(CAST(:years AS int[]), CAST(:values AS numeric[]),
                            CAST(:mins AS numeric[]), CAST(:maxs AS numeric[])) AS u(y, v, mn, mx)
                        ON CONFLICT (indicator_id, year) DO UPDATE
                        SET value = excluded.value, min_value = excluded.min_value, max_value = excluded.max_value""")
                .bind("id", id)
                .bind("years", targets.stream().map(Target::year).toArray(Integer[]::new))
                .bind("values", targets.stream().map(t -> decimal(t.value())).toArray(java.math.BigDecimal[]::new))
                .bind("mins", targets.stream().map(t -> decimal(t.min())).toArray(java.math.BigDecimal[]::new))
                .bind("maxs", targets.stream().map(t -> decimal(t.max())).toArray(java.math.BigDecimal[]::new))
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> replaceOpds(long id, List<Long> opdIds) {
        Mono<Long> delete = db.sql("DELETE FROM indicator_opd WHERE indicator_id = :id").bind("id", id).fetch().rowsUpdated();
        if (opdIds.isEmpty()) {
            return delete.then();
        }
        return delete.then(db.sql("""
                        INSERT INTO indicator_opd (indicator_id, opd_id, position)
                        SELECT :id, o, ord FROM unnest(CAST(:opds AS bigint[])) WITH ORDINALITY AS u(o, ord)""")
                .bind("id", id).bind("opds", opdIds.toArray(Long[]::new)).fetch().rowsUpdated()).then();
    }

    public Mono<Long> align(long id, long referenceId) {
        return db.sql("INSERT INTO indicator_alignment (indicator_id, reference_indicator_id) VALUES (:a, :b) ON CONFLICT DO NOTHING")
                .bind("a", id).bind("b", referenceId).fetch().rowsUpdated();
    }

    public Mono<Long> unalign(long id, long referenceId) {
        return db.sql("DELETE FROM indicator_alignment WHERE indicator_id = :a AND reference_indicator_id = :b")
                .bind("a", id).bind("b", referenceId).fetch().rowsUpdated();
    }

    private static java.math.BigDecimal decimal(Double v) {
        return v == null ? null : java.math.BigDecimal.valueOf(v);
    }

    private static GenericExecuteSpec bindFields(GenericExecuteSpec spec, IndicatorFields f) {
        spec = Rows.bind(spec, "code", f.code(), String.class);
        spec = spec.bind("name", f.name()).bind("unit", f.unit());
        spec = Rows.bind(spec, "definition", f.definition(), String.class);
        spec = Rows.bind(spec, "formula", f.formula(), String.class);
        spec = Rows.bind(spec, "source", f.dataSource(), String.class);
        spec = Rows.bind(spec, "concept", f.concept(), String.class);
        spec = Rows.bind(spec, "classification", f.classification(), String.class);
        spec = spec.bind("frequency", f.frequency().name());
        spec = Rows.bind(spec, "reason", f.selectionReason(), String.class);
        spec = spec.bind("polarity", f.polarity().name()).bind("aggregation", f.aggregation().name());
        spec = Rows.bind(spec, "type", f.type() == null ? null : f.type().name(), String.class);
        spec = Rows.bind(spec, "baseline_year", f.baseline() == null ? null : f.baseline().year(), Integer.class);
        spec = Rows.bindNumber(spec, "baseline_value", f.baseline() == null ? null : f.baseline().value());
        spec = Rows.bindNumber(spec, "end_value", f.endTarget() == null ? null : f.endTarget().value());
        spec = Rows.bindNumber(spec, "end_min", f.endTarget() == null ? null : f.endTarget().min());
        return Rows.bindNumber(spec, "end_max", f.endTarget() == null ? null : f.endTarget().max());
    }

    public static Indicator map(Readable row) {
        Integer baselineYear = row.get("baseline_year", Integer.class);
        Double endValue = Rows.dbl(row, "end_value");
        Double endMin = Rows.dbl(row, "end_min");
        Double endMax = Rows.dbl(row, "end_max");
        Integer periodEnd = row.get("period_end", Integer.class);
        String type = row.get("type", String.class);
        return new Indicator(Rows.id(row, "id"), Rows.id(row, "node_id"), Rows.id(row, "plan_version_id"),
                Rows.id(row, "lineage_id"), Rows.optionalId(row, "origin_id"), row.get("code", String.class),
                row.get("name", String.class), row.get("unit", String.class), row.get("definition", String.class),
                row.get("formula", String.class), row.get("data_source", String.class), row.get("concept", String.class),
                row.get("classification", String.class), Frequency.valueOf(row.get("frequency", String.class)),
                row.get("selection_reason", String.class), Polarity.valueOf(row.get("polarity", String.class)),
                Aggregation.valueOf(row.get("aggregation", String.class)), type == null ? null : IndicatorType.valueOf(type),
                row.get("position", Integer.class),
                baselineYear == null ? null : new Baseline(baselineYear, Rows.dbl(row, "baseline_value")),
                endValue == null && endMin == null ? null : new Target(periodEnd, endValue, endMin, endMax),
                row.get("version", Integer.class));
    }
}
