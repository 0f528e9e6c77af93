package id.selaras.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.selaras.audit.Change;
import id.selaras.audit.EventLog;
import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.exchange.repository.ImportRunRepository;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports a plan from a workbook in two phases. A dry run reads the file, checks every row with the same rules the
 * services apply, compares it with the draft by codes and reports every problem and every change, writing nothing.
 * Applying does it again inside one transaction and writes through the services (so each change is an event),
 * or writes nothing at all when any problem remains. Re-importing an unchanged file changes nothing.
 */
@Service
public class PlanImportService {

    /** A dry run: its id, to apply it later, and its report. */
    public record DryRun(UUID id, ImportReport report) {
    }

    /** An application: the draft written (null when rejected) and the report. */
    public record Applied(PlanVersion version, ImportReport report) {
    }

    private final ImportPreparation preparation;
    private final ImportPlanning planning;
    private final ImportRunRepository runs;
    private final PlanService plans;
    private final EventLog events;
    private final ObjectMapper json;
    private final TransactionalOperator tx;

    PlanImportService(ImportPreparation preparation, ImportPlanning planning, ImportRunRepository runs, PlanService plans,
                      EventLog events, ObjectMapper json, TransactionalOperator tx) {
        this.preparation = preparation;
        this.planning = planning;
        this.runs = runs;
        this.plans = plans;
        this.events = events;
        this.json = json;
        this.tx = tx;
    }

    public Mono<DryRun> dryRun(Actor actor, PlanImportRequest request) {
        UUID id = UUID.randomUUID();
        return preparation.prepare(actor, request)
                .flatMap(prep -> planning.plan(prep, false).map(p -> planning.report(prep, p)))
                .flatMap(report -> runs.insert(id, ImportPreparation.uploadId(request.uploadToken()), actor.auditName(),
                        json.writeValueAsString(request), json.writeValueAsString(report), "DRY_RUN")
                        .thenReturn(new DryRun(id, report)));
    }

    /** Applies a dry run (by its id) or a request directly; the same checks run again first. */
    public Mono<Applied> apply(Actor actor, UUID dryRunId, PlanImportRequest direct) {
        Mono<ImportRunRepository.Run> run = dryRunId != null
                ? runs.find(dryRunId).filter(r -> r.actor().equals(actor.auditName()))
                        .switchIfEmpty(Mono.error(SelarasException.of(ErrorCode.IMPORT_NOT_FOUND, "input.dryRunId")))
                        .flatMap(r -> "APPLIED".equals(r.status())
                                ? Mono.error(SelarasException.of(ErrorCode.IMPORT_ALREADY_APPLIED, "input.dryRunId"))
                                : Mono.just(r))
                : Mono.defer(() -> {
                    if (direct == null) {
                        return Mono.error(SelarasException.of(ErrorCode.REQUIRED, "input.uploadToken"));
                    }
                    return preparation.prepare(actor, direct).then(runs.insert(UUID.randomUUID(),
                            ImportPreparation.uploadId(direct.uploadToken()), actor.auditName(),
                            json.writeValueAsString(direct), "{}", "DRY_RUN"));
                });
        return run.flatMap(r -> {
            PlanImportRequest request = json.readValue(r.request(), PlanImportRequest.class);
            return preparation.prepare(actor, request).flatMap(prep -> execute(actor, prep, r.id()))
                    .flatMap(applied -> runs.finish(r.id(), r.status(), applied.version() == null ? "REJECTED" : "APPLIED",
                                    json.writeValueAsString(applied.report()),
                                    applied.version() == null ? null : applied.version().id())
                            .thenReturn(applied));
        });
    }

    private Mono<Applied> execute(Actor actor, Prepared prep, long runId) {
        if (!prep.readable() || !prep.problems().none()) {
            return Mono.just(new Applied(null, planning.report(prep, null)));
        }
        ApplyContext ctx = new ApplyContext(actor);
        return planning.plan(prep, true)
                .flatMap(p -> {
                    if (!p.problems.none()) {
                        return Mono.error(new ImportRejected(p.problems));
                    }
                    ImportReport report = planning.report(prep, p);
                    return planning.target(actor, prep, p, ctx)
                            .then(Mono.defer(() -> run(p.allSteps(), ctx, p.problems)))
                            .then(Mono.defer(() -> !report.changesSomething() ? Mono.empty()
                                    : events.record(actor, Change.created("PlanImport", runId, ctx.regionId, ctx.versionId,
                                            Map.of("counts", report.counts(), "changes", report.changes().size())))))
                            .then(Mono.defer(() -> plans.versions(List.of(ctx.versionId))))
                            .map(v -> new Applied(v.get(ctx.versionId), report));
                })
                .as(tx::transactional)
                .onErrorResume(ImportRejected.class, e -> Mono.just(new Applied(null,
                        planning.report(prep, null, e.problems()))));
    }

    /** Runs the steps one after another; the first failure ends the transaction with its row and column. */
    private static Mono<Void> run(List<ImportStep> steps, ApplyContext ctx, Problems problems) {
        return Flux.fromIterable(steps)
                .concatMap(step -> Mono.defer(() -> step.action().apply(ctx)).then()
                        .onErrorMap(SelarasException.class, e -> {
                            e.problems().forEach(pr -> problems.add(step.sheet(), step.row() == 0 ? null : step.row(),
                                    step.column(pr.field()), pr.code(), pr.args().toArray()));
                            return new ImportRejected(problems);
                        }), 1)
                .then();
    }
}
