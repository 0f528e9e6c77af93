package id.selaras.demo;

import java.util.List;

import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.security.Actor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Generates a large, valid synthetic RPJMD for benchmarks and scale tests: a fan-out per cascade level, codes in
 * the 4-digit nomenclature, 1–2 indicators per node with baselines, five yearly targets and first-year
 * realisations. It writes with set-based SQL (one statement per level), so 3,000 nodes take a second, not minutes;
 * the result is a plan like any other, adopted, with one event recording the generation.
 */
@Component
public class SyntheticPlanGenerator {

    private final DatabaseClient db;
    private final PlanService plans;
    private final TransactionalOperator tx;

    SyntheticPlanGenerator(DatabaseClient db, PlanService plans, TransactionalOperator tx) {
        this.db = db;
        this.plans = plans;
        this.tx = tx;
    }

    /**
     * Children per parent at each level below VISI: misi, tujuan, sasaran, program, kegiatan, sub-kegiatan.
     * {@code Shape.of(5, 3, 3, 4, 4, 3)} gives 3,126 nodes and about 4,000 indicators.
     */
    public record Shape(int misi, int tujuan, int sasaran, int program, int kegiatan, int subKegiatan) {
        public static Shape of(int... f) {
            return new Shape(f[0], f[1], f[2], f[3], f[4], f[5]);
        }

        int[] fanOut() {
            return new int[] {misi, tujuan, sasaran, program, kegiatan, subKegiatan};
        }

        public int nodes() {
            int total = 1;
            int level = 1;
            for (int f : fanOut()) {
                level *= f;
                total += level;
            }
            return total;
        }
    }

    /** Creates the plan in the region and adopts it; emits the adopted version. */
    public Mono<PlanVersion> generate(long regionId, String title, Shape shape) {
        return plans.createPlan(Actor.SYSTEM, new PlanService.NewPlan(PlanKind.RPJMD, title, regionId, 2025, 2029, false,
                        "Synthetic plan " + shape))
                .flatMap(created -> fill(created.draft().id(), regionId, shape)
                        .then(plans.adopt(Actor.SYSTEM, created.draft().id(), created.draft().version())));
    }

    private Mono<Void> fill(long versionId, long regionId, Shape shape) {
        String[] kinds = {"MISI", "TUJUAN", "SASARAN", "PROGRAM", "KEGIATAN", "SUB_KEGIATAN"};
        Mono<Long> root = db.sql("""
                        INSERT INTO cascade_node (plan_version_id, kind, code, title, position)
                        VALUES (:v, 'VISI', 'V', 'Visi sintetis', 1)""").bind("v", versionId).fetch().rowsUpdated();
        Flux<Long> levels = Flux.range(0, kinds.length).concatMap(i -> level(versionId, kinds[i], i == 0 ? "VISI" : kinds[i - 1],
                shape.fanOut()[i]));
        return root.thenMany(levels)
                .thenMany(Flux.fromIterable(List.of(OPDS, NODE_OPDS, INDICATORS, LINEAGE, TARGETS, REALISATIONS, SUPPORTS, EVENT)))
                .concatMap(sql -> {
                    var binds = new java.util.HashMap<String, Object>();
                    if (sql.contains(":v")) {
                        binds.put("v", versionId);
                    }
                    if (sql.contains(":region")) {
                        binds.put("region", regionId);
                    }
                    return db.sql(sql).bindValues(binds).fetch().rowsUpdated();
                })
                .then()
                .as(tx::transactional);
    }

    private Mono<Long> level(long versionId, String kind, String parentKind, int fanOut) {
        String code = switch (kind) {
            case "MISI" -> "'M' || g";
            case "TUJUAN" -> "p.code || '.T' || g";
            case "SASARAN" -> "p.code || '.S' || g";
            // 9 urusan × 32 bidang × 99 programs: unique 4-digit-era codes for up to 28,512 programs
            case "PROGRAM" -> """
                    (1 + ((row_number() over () - 1) / (32 * 99)) % 9) || '.' ||
                    lpad((1 + ((row_number() over () - 1) / 99) % 32)::text, 2, '0') || '.' ||
                    lpad((1 + (row_number() over () - 1) % 99)::text, 2, '0')""";
            case "KEGIATAN" -> "p.code || '.2.' || lpad(g::text, 2, '0')";
            default -> "p.code || '.' || lpad(g::text, 4, '0')";
        };
        return db.sql("""
                        INSERT INTO cascade_node (plan_version_id, parent_id, kind, code, title, position)
                        SELECT :v, p.id, '%s', %s, initcap(lower('%s')) || ' ' || p.position || '.' || g || ' sintetis', g
                        FROM cascade_node p CROSS JOIN generate_series(1, :n) g
                        WHERE p.plan_version_id = :v AND p.kind = '%s'
                        ORDER BY p.id, g""".formatted(kind, code, kind.replace('_', ' '), parentKind))
                .bind("v", versionId).bind("n", fanOut).fetch().rowsUpdated();
    }

    private static final String OPDS = """
            INSERT INTO organisation_unit (region_id, code, name, short_name)
            SELECT :region, '1.' || lpad(g::text, 2, '0') || '.0.00.0.00.01.0000', 'Dinas Sintetis ' || g, 'DS' || g
            FROM generate_series(1, 20) g
            ON CONFLICT (region_id, code) DO NOTHING""";
    private static final String NODE_OPDS = """
            INSERT INTO cascade_node_opd (node_id, opd_id, position)
            SELECT n.id, o.id, 1 FROM cascade_node n
            JOIN organisation_unit o ON o.region_id = :region AND o.code = '1.' || lpad((1 + n.id % 20)::text, 2, '0') || '.0.00.0.00.01.0000'
            WHERE n.plan_version_id = :v AND n.kind IN ('PROGRAM','KEGIATAN','SUB_KEGIATAN')""";
    /** Every node one indicator; every third node a second, lower-is-better one. */
    private static final String INDICATORS = """
            INSERT INTO indicator (node_id, plan_version_id, lineage_id, name, unit, definition, formula, data_source,
                polarity, aggregation, type, position, baseline_year, baseline_value, end_value)
            SELECT n.id, :v, 0, 'Indikator ' || n.code || ' #' || k,
                CASE WHEN k = 1 THEN '%' ELSE 'Orang' END,
                'Definisi operasional indikator ' || n.code, '(a / b) × 100%', 'BPS',
                CASE WHEN k = 1 THEN 'HIGHER_IS_BETTER' ELSE 'LOWER_IS_BETTER' END,
                CASE WHEN k = 1 THEN 'LATEST' ELSE 'CUMULATIVE' END,
                CASE WHEN n.kind IN ('TUJUAN','SASARAN') THEN 'IKU' WHEN n.kind = 'PROGRAM' THEN 'OUTCOME' ELSE 'OUTPUT' END,
                k, 2024, 50 + n.id % 40, CASE WHEN k = 1 THEN 60 + n.id % 40 ELSE 500 END
            FROM cascade_node n CROSS JOIN generate_series(1, 2) k
            WHERE n.plan_version_id = :v AND (k = 1 OR n.id % 3 = 0)""";
    private static final String LINEAGE = "UPDATE indicator SET lineage_id = id WHERE plan_version_id = :v AND lineage_id = 0";
    private static final String TARGETS = """
            INSERT INTO indicator_target (indicator_id, year, value)
            SELECT i.id, y, CASE WHEN i.polarity = 'HIGHER_IS_BETTER' THEN i.baseline_value + (y - 2024) * 2 ELSE 100 END
            FROM indicator i CROSS JOIN generate_series(2025, 2029) y WHERE i.plan_version_id = :v""";
    private static final String REALISATIONS = """
            INSERT INTO realisation (lineage_id, year, period, value, reported_by)
            SELECT i.lineage_id, 2025, 'ANNUAL', i.baseline_value + (i.id % 5), 'system'
            FROM indicator i WHERE i.plan_version_id = :v""";
    /** Cross-cutting: every tenth program also supports the next sasaran. */
    private static final String SUPPORTS = """
            INSERT INTO cascade_support (node_id, supports_id)
            SELECT p.id, s2.id FROM cascade_node p
            JOIN cascade_node s2 ON s2.plan_version_id = :v AND s2.kind = 'SASARAN' AND s2.id = (
                SELECT min(x.id) FROM cascade_node x WHERE x.plan_version_id = :v AND x.kind = 'SASARAN' AND x.id > p.parent_id)
            WHERE p.plan_version_id = :v AND p.kind = 'PROGRAM' AND p.id % 10 = 0""";
    private static final String EVENT = """
            INSERT INTO event (actor, entity_type, entity_id, action, plan_version_id, after)
            SELECT 'system', 'PlanVersion', :v, 'UPDATED', :v,
                jsonb_build_object('generated', true, 'nodes', (SELECT count(*) FROM cascade_node WHERE plan_version_id = :v),
                                   'indicators', (SELECT count(*) FROM indicator WHERE plan_version_id = :v))""";
}
