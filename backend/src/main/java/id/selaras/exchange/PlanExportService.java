package id.selaras.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.plan.VersionStatus;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.ObjectMapper;

/**
 * Exports plan versions (anyone who may read a version may export it) and the empty import template, as files made
 * on request behind short-lived signed download links.
 */
@Service
public class PlanExportService {

    static final String DOWNLOADS = "/exchange/downloads/";

    private final PlanService plans;
    private final PlanSnapshots snapshots;
    private final SignedLinks links;
    private final ExchangeProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    PlanExportService(PlanService plans, PlanSnapshots snapshots, SignedLinks links, ExchangeProperties properties,
                      ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.links = links;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** A download link for a version the actor may read. */
    public Mono<Download> link(Actor actor, long versionId, ExportFormat format) {
        return plans.readableScope(actor, versionId).map(scope -> download(List.of("version", String.valueOf(versionId),
                format.name()), name(scope, format), format));
    }

    /** A download link for the empty template of a plan of this kind and period. */
    public Mono<Download> templateLink(PlanKind kind, int periodStart, int periodEnd) {
        if (periodEnd < periodStart || periodEnd - periodStart + 1 > kind.maxYears() || periodStart < 1945 || periodEnd > 2100) {
            return Mono.error(SelarasException.of(ErrorCode.INVALID_PERIOD, "periodEnd", String.valueOf(kind.maxYears())));
        }
        return Mono.just(download(List.of("template", kind.name(), String.valueOf(periodStart), String.valueOf(periodEnd)),
                "template-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + periodStart + "-" + periodEnd + ".xlsx",
                ExportFormat.WORKBOOK));
    }

    /** The file a valid link names; LINK_EXPIRED otherwise. */
    public Mono<ExportFile> open(String token) {
        List<String> f = links.verify(token);
        if (f == null || f.isEmpty()) {
            return Mono.error(SelarasException.of(ErrorCode.LINK_EXPIRED, null));
        }
        if (f.getFirst().equals("template") && f.size() == 4) {
            PlanKind kind = PlanKind.valueOf(f.get(1));
            int start = Integer.parseInt(f.get(2));
            int end = Integer.parseInt(f.get(3));
            VersionScope scope = new VersionScope(0, 0, kind, VersionStatus.DRAFT, null, null, start, end, false);
            return render(PlanSnapshot.empty(scope, List.of()), ExportFormat.WORKBOOK, "template-" + start + "-" + end + ".xlsx");
        }
        if (!f.getFirst().equals("version") || f.size() != 3) {
            return Mono.error(SelarasException.of(ErrorCode.LINK_EXPIRED, null));
        }
        long versionId = Long.parseLong(f.get(1));
        ExportFormat format = ExportFormat.valueOf(f.get(2));
        return plans.scope(versionId).switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", versionId)))
                .flatMap(snapshots::load).flatMap(s -> render(s, format, name(s.scope(), format)));
    }

    /** The file itself, for a version the actor may read (used by tests and internal callers). */
    public Mono<ExportFile> export(Actor actor, long versionId, ExportFormat format) {
        return plans.readableScope(actor, versionId).flatMap(snapshots::load)
                .flatMap(s -> render(s, format, name(s.scope(), format)));
    }

    private Mono<ExportFile> render(PlanSnapshot s, ExportFormat format, String fileName) {
        Instant now = clock.instant();
        return Mono.fromCallable(() -> new ExportFile(fileName, format.contentType(), switch (format) {
            case WORKBOOK -> TemplateWriter.write(s, s.version() == null ? null : now);
            case IKU_TABLE -> TableWriter.iku(s);
            case TC27_TABLE -> TableWriter.tc27(s);
            case CSV -> OpenDataWriter.csv(s);
            case JSON -> OpenDataWriter.json(s, json, now);
            case SUMMARY_HTML -> SummaryWriter.write(s);
        })).subscribeOn(Schedulers.boundedElastic()).onErrorMap(IOException.class, UncheckedIOException::new);
    }

    private Download download(List<String> fields, String fileName, ExportFormat format) {
        Instant expires = clock.instant().plus(properties.linkLifetime());
        return new Download(properties.publicUrl() + DOWNLOADS + links.sign(fields, expires), fileName, format.contentType(),
                expires);
    }

    private static String name(VersionScope scope, ExportFormat format) {
        String kind = switch (format) {
            case IKU_TABLE -> "iku";
            case TC27_TABLE -> "t-c27";
            case SUMMARY_HTML -> "ringkasan";
            default -> "rencana";
        };
        return kind + "-" + scope.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + String.valueOf(scope.regionCode())
                .replace('.', '-') + "-" + scope.periodStart() + "-" + scope.periodEnd() + "-v" + scope.versionId() + "."
                + format.extension();
    }
}
