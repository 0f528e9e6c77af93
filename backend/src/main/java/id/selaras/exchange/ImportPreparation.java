package id.selaras.exchange;

import java.util.UUID;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.exchange.repository.UploadRepository;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.plan.VersionStatus;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks an import request before anything is compared: the caller plans in the target's region, the target is a
 * draft (or the new plan's region exists), the upload exists; then reads the workbook on a worker thread and settles
 * the new plan's kind, title and period from the request or the workbook's plan sheet.
 */
@Component
class ImportPreparation {

    private final UploadRepository uploads;
    private final PlanService plans;
    private final RegionService regions;
    private final AccessPolicy access;
    private final ExchangeProperties properties;

    ImportPreparation(UploadRepository uploads, PlanService plans, RegionService regions, AccessPolicy access,
                      ExchangeProperties properties) {
        this.uploads = uploads;
        this.plans = plans;
        this.regions = regions;
        this.access = access;
        this.properties = properties;
    }

    Mono<Prepared> prepare(Actor actor, PlanImportRequest request) {
        return Mono.defer(() -> {
            if ((request.planVersionId() == null) == (request.newPlan() == null)) {
                return Mono.error(SelarasException.of(ErrorCode.TARGET_REQUIRED, "input.planVersionId"));
            }
            UUID upload = uploadId(request.uploadToken());
            Mono<Object> target = request.planVersionId() != null
                    ? plans.scope(request.planVersionId())
                            .switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", request.planVersionId())))
                            .map(scope -> {
                                access.requirePlanner(actor, scope.regionCode());
                                if (!scope.status().editable()) {
                                    throw SelarasException.of(ErrorCode.VERSION_NOT_EDITABLE, "input.planVersionId",
                                            scope.status().name());
                                }
                                return scope;
                            })
                    : regions.region(request.newPlan().regionId() == null ? -1 : request.newPlan().regionId())
                            .switchIfEmpty(Mono.error(SelarasException.notFound("Region", request.newPlan().regionId())))
                            .map(region -> {
                                access.requirePlanner(actor, region.code());
                                return region;
                            });
            return target.flatMap(t -> uploads.content(upload)
                    .switchIfEmpty(Mono.error(SelarasException.of(ErrorCode.UPLOAD_NOT_FOUND, "input.uploadToken")))
                    .flatMap(content -> Mono.fromCallable(() -> read(content, request)).subscribeOn(Schedulers.boundedElastic()))
                    .map(read -> t instanceof VersionScope scope ? read.with(scope, null) : settle(read, (Region) t, request)));
        });
    }

    /** The upload id in a token; an id that is not even well-formed is simply not found. */
    static UUID uploadId(String token) {
        try {
            return UUID.fromString(String.valueOf(token).strip());
        } catch (IllegalArgumentException e) {
            throw SelarasException.of(ErrorCode.UPLOAD_NOT_FOUND, "input.uploadToken");
        }
    }

    private Prepared read(byte[] content, PlanImportRequest request) {
        Problems problems = new Problems();
        TableMapping[] guessed = new TableMapping[1];
        ParsedWorkbook file = WorkbookReading.read(content, request, properties.limits(), problems, guessed);
        TableMapping mapping = request.mapping() != null ? request.mapping() : guessed[0];
        return new Prepared(request, uploadId(request.uploadToken()), null, null, file, mapping, problems);
    }

    /** A new plan takes what the request says, else what the workbook's plan sheet says. */
    private Prepared settle(Prepared read, Region region, PlanImportRequest request) {
        PlanImportRequest.NewPlan asked = request.newPlan();
        ParsedWorkbook.Meta meta = read.file() == null ? new ParsedWorkbook.Meta(null, null, null, null, null) : read.file().meta();
        PlanKind kind = asked.kind() != null ? asked.kind() : meta.kind() != null ? meta.kind() : PlanKind.RPJMD;
        String title = asked.title() != null ? asked.title() : meta.title();
        Integer start = asked.periodStart() != null ? asked.periodStart() : meta.periodStart();
        Integer end = asked.periodEnd() != null ? asked.periodEnd() : meta.periodEnd();
        Problems problems = read.problems();
        if (read.readable()) {
            if (title == null) {
                problems.add(TemplateSheets.PLAN, null, "B", ErrorCode.REQUIRED);
            }
            if (start == null || end == null || end < start || end - start + 1 > kind.maxYears()) {
                problems.add(TemplateSheets.PLAN, null, "B", ErrorCode.INVALID_PERIOD, String.valueOf(kind.maxYears()));
            }
        }
        int from = start == null ? 0 : start;
        int to = end == null ? 0 : end;
        VersionScope scope = new VersionScope(0, 0, kind, VersionStatus.DRAFT, region.id(), region.code(), from, to, false);
        return read.with(scope, new PlanImportRequest.NewPlan(region.id(), kind, title, start, end));
    }
}
