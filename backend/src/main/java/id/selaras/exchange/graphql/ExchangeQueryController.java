package id.selaras.exchange.graphql;

import java.util.List;

import id.selaras.common.Connection;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.exchange.Download;
import id.selaras.exchange.ExportFormat;
import id.selaras.exchange.NomenclatureEntry;
import id.selaras.exchange.NomenclatureRegulation;
import id.selaras.exchange.NomenclatureRelease;
import id.selaras.exchange.NomenclatureService;
import id.selaras.exchange.PlanExportService;
import id.selaras.plan.PlanKind;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Export links, the import template, and reading the nomenclature. */
@Controller
class ExchangeQueryController {

    private final PlanExportService exports;
    private final NomenclatureService nomenclature;

    ExchangeQueryController(PlanExportService exports, NomenclatureService nomenclature) {
        this.exports = exports;
        this.nomenclature = nomenclature;
    }

    @QueryMapping
    Mono<Download> planExport(@Argument String planVersion, @Argument ExportFormat format) {
        return Mono.defer(() -> {
            long id = GlobalId.decode("PlanVersion", planVersion, "planVersion");
            return CurrentActor.get().flatMap(actor -> exports.link(actor, id, format));
        });
    }

    @QueryMapping
    Mono<Download> importTemplate(@Argument PlanKind kind, @Argument int periodStart, @Argument int periodEnd) {
        return exports.templateLink(kind == null ? PlanKind.RPJMD : kind, periodStart, periodEnd);
    }

    @QueryMapping
    Mono<List<NomenclatureRelease>> nomenclatureReleases() {
        return nomenclature.releases();
    }

    @QueryMapping(name = "nomenclature")
    Mono<Connection<NomenclatureEntry>> nomenclatureEntries(@Argument NomenclatureRegulation regulation, @Argument String prefix,
                                                           @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> nomenclature.entries(regulation, prefix, Page.of(first, after)));
    }
}
