package id.selaras.exchange;

import java.util.List;
import java.util.Set;

import id.selaras.cascade.CascadeService;
import id.selaras.indicator.IndicatorService;
import id.selaras.plan.PlanService;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Compares a read workbook with the target draft and plans the steps (OPDs, then nodes, then indicators), writes
 * the report, and, when applying, makes the target exist: the new plan and its draft, or the draft locked.
 */
@Component
class ImportPlanning {

    private final PlanSnapshots snapshots;
    private final PlanService plans;
    private final RegionService regions;
    private final CascadeService cascade;
    private final IndicatorService indicators;

    ImportPlanning(PlanSnapshots snapshots, PlanService plans, RegionService regions, CascadeService cascade,
                   IndicatorService indicators) {
        this.snapshots = snapshots;
        this.plans = plans;
        this.regions = regions;
        this.cascade = cascade;
        this.indicators = indicators;
    }

    /** Plans the import; {@code lock} share-locks an existing draft for the caller's transaction first. */
    Mono<Planning> plan(Prepared prep, boolean lock) {
        if (!prep.readable()) {
            return Mono.just(new Planning(emptyFile(prep), PlanSnapshot.empty(prep.scope(), List.of()), prep.scope(), false,
                    prep.problems()));
        }
        Mono<PlanSnapshot> current = prep.createsPlan()
                ? snapshots.regionOpds(prep.scope().regionId()).map(opds -> PlanSnapshot.empty(prep.scope(), opds))
                : (lock ? plans.editableScope(prep.scope().versionId()) : Mono.just(prep.scope())).flatMap(snapshots::load);
        return current.map(snapshot -> {
            Planning p = new Planning(prep.file(), snapshot, prep.scope(), prep.request().deleteMissing(), prep.problems());
            p.mapping = prep.mapping();
            new OpdPlanner(regions).plan(p);
            Set<String> nodes = prep.file().template() ? new NodePlanner(cascade).plan(p) : Set.of();
            new IndicatorPlanner(indicators).plan(p, nodes);
            return p;
        });
    }

    /** Creates the new plan (or takes the existing draft) and tells the steps where they write. */
    Mono<Void> target(Actor actor, Prepared prep, Planning p, ApplyContext ctx) {
        ctx.regionId = prep.scope().regionId();
        p.current.opds().forEach(o -> ctx.opdIds.put(o.code(), o.id()));
        p.current.nodes().stream().filter(n -> n.code() != null).forEach(n -> ctx.nodeIds.put(n.code(), n.id()));
        if (!prep.createsPlan()) {
            ctx.versionId = prep.scope().versionId();
            return Mono.empty();
        }
        var np = prep.newPlan();
        return plans.createPlan(actor, new PlanService.NewPlan(np.kind(), np.title(), np.regionId(), np.periodStart(),
                        np.periodEnd(), false, null))
                .doOnNext(created -> ctx.versionId = created.draft().id())
                .then();
    }

    ImportReport report(Prepared prep, Planning p) {
        return report(prep, p, prep.problems());
    }

    ImportReport report(Prepared prep, Planning p, Problems problems) {
        ParsedWorkbook file = prep.file();
        return new ImportReport(problems.none(), problems.list(), problems.count(), p == null ? List.of() : p.changes,
                prep.request().shapeOrDefault() == PlanImportRequest.Shape.TABLE ? prep.mapping() : null,
                file == null ? 0 : file.rowsRead(), file == null ? 0 : file.formulaCells());
    }

    private static ParsedWorkbook emptyFile(Prepared prep) {
        Layout none = new Layout("", java.util.Map.of());
        return new ParsedWorkbook(new ParsedWorkbook.Meta(null, null, null, null, null), List.of(), List.of(), List.of(),
                none, none, none, true, 0, 0);
    }
}
