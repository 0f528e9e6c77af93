package id.selaras.exchange.graphql;

import java.util.UUID;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.exchange.ImportReport;
import id.selaras.exchange.NomenclatureRegulation;
import id.selaras.exchange.NomenclatureService;
import id.selaras.exchange.PlanImportService;
import id.selaras.exchange.UploadService;
import id.selaras.plan.PlanVersion;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The import mutations: upload URLs, plan import dry runs and applications, nomenclature import. */
@Controller
class ExchangeMutationController {

    private final UploadService uploads;
    private final PlanImportService imports;
    private final NomenclatureService nomenclature;

    ExchangeMutationController(UploadService uploads, PlanImportService imports, NomenclatureService nomenclature) {
        this.uploads = uploads;
        this.imports = imports;
        this.nomenclature = nomenclature;
    }

    /** {@code CreateImportUploadPayload}. */
    record UploadPayload(UploadService.UploadUrl upload) {
    }

    /** {@code ImportPlanDryRunPayload}. */
    record DryRunPayload(String dryRunId, ImportReport report) {
    }

    /** {@code ApplyPlanImportPayload}. */
    record ApplyPayload(PlanVersion planVersion, ImportReport report) {
    }

    @MutationMapping
    Mono<UploadPayload> createImportUpload(@Argument java.util.Map<String, Object> input) {
        return CurrentActor.get().flatMap(uploads::uploadUrl).map(UploadPayload::new);
    }

    @MutationMapping
    Mono<DryRunPayload> importPlanDryRun(@Argument ImportInputs.ImportPlanInput input) {
        return Mono.defer(() -> {
            var request = input.toRequest();
            return CurrentActor.get().flatMap(actor -> imports.dryRun(actor, request))
                    .map(d -> new DryRunPayload(d.id().toString(), d.report()));
        });
    }

    @MutationMapping
    Mono<ApplyPayload> applyPlanImport(@Argument ImportInputs.ApplyPlanImportInput input) {
        return Mono.defer(() -> {
            if ((input.dryRunId() == null) == (input.request() == null)) {
                return Mono.error(SelarasException.of(ErrorCode.REQUIRED, "input.dryRunId"));
            }
            UUID dryRun = input.dryRunId() == null ? null : parse(input.dryRunId());
            var request = input.request() == null ? null : input.request().toRequest();
            return CurrentActor.get().flatMap(actor -> imports.apply(actor, dryRun, request))
                    .map(a -> new ApplyPayload(a.version(), a.report()));
        });
    }

    /** {@code ImportNomenclatureInput}. */
    record NomenclatureInput(String uploadToken, NomenclatureRegulation regulation, Boolean dryRun) {
    }

    @MutationMapping
    Mono<NomenclatureService.Result> importNomenclature(@Argument NomenclatureInput input) {
        return CurrentActor.get().flatMap(actor -> nomenclature.importRelease(actor, input.uploadToken(), input.regulation(),
                !Boolean.FALSE.equals(input.dryRun())));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw SelarasException.of(ErrorCode.IMPORT_NOT_FOUND, "input.dryRunId");
        }
    }
}
