package id.selaras.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.selaras.audit.Change;
import id.selaras.audit.EventLog;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.exchange.repository.NomenclatureRepository;
import id.selaras.exchange.repository.UploadRepository;
import id.selaras.exchange.xlsx.XlsxFailure;
import id.selaras.exchange.xlsx.XlsxWorkbook;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Permendagri 90/2019 nomenclature, one release per regulation. Administrators import a release from the
 * published spreadsheet (a dry run first, then for real, replacing that release whole in one transaction);
 * anyone reads it.
 */
@Service
public class NomenclatureService {

    /** What an import of a release found and (unless a dry run) did, compared with the release before it. */
    public record Result(NomenclatureRelease release, ImportReport report, int entryCount, int added, int changed, int removed) {
    }

    private final NomenclatureRepository nomenclature;
    private final UploadRepository uploads;
    private final AccessPolicy access;
    private final EventLog events;
    private final ExchangeProperties properties;
    private final TransactionalOperator tx;

    NomenclatureService(NomenclatureRepository nomenclature, UploadRepository uploads, AccessPolicy access, EventLog events,
                        ExchangeProperties properties, TransactionalOperator tx) {
        this.nomenclature = nomenclature;
        this.uploads = uploads;
        this.access = access;
        this.events = events;
        this.properties = properties;
        this.tx = tx;
    }

    public Mono<List<NomenclatureRelease>> releases() {
        return nomenclature.releases();
    }

    /** Entries of a release (the newest imported when none is named), optionally under a code prefix. */
    public Mono<Connection<NomenclatureEntry>> entries(NomenclatureRegulation regulation, String prefix, Page page) {
        Mono<NomenclatureRelease> release = regulation == null ? nomenclature.newestImported() : nomenclature.release(regulation);
        return release.flatMap(r -> nomenclature.page(r.id(), prefix, page))
                .switchIfEmpty(Mono.fromSupplier(() -> Connection.of(page, List.of(), 0)));
    }

    public Mono<Result> importRelease(Actor actor, String uploadToken, NomenclatureRegulation regulation, boolean dryRun) {
        return Mono.fromRunnable(() -> access.requireAdmin(actor))
                .then(uploads.content(ImportPreparation.uploadId(uploadToken)))
                .switchIfEmpty(Mono.error(SelarasException.of(ErrorCode.UPLOAD_NOT_FOUND, "input.uploadToken")))
                .flatMap(content -> Mono.fromCallable(() -> read(content, regulation)).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(read -> nomenclature.release(regulation).flatMap(release -> nomenclature.previous(release)
                        .flatMap(prev -> nomenclature.entries(prev.id())).defaultIfEmpty(List.of())
                        .flatMap(before -> {
                            int[] diff = diff(before, read.entries());
                            ImportReport report = new ImportReport(read.problems().none(), read.problems().list(),
                                    read.problems().count(), List.of(), null, read.entries().size(), 0);
                            Result result = new Result(release, report, read.entries().size(), diff[0], diff[1], diff[2]);
                            if (dryRun || !report.ok()) {
                                return Mono.just(result);
                            }
                            return nomenclature.replace(release.id(), read.entries(), actor.auditName())
                                    .then(events.record(actor, Change.updated("NomenclatureRelease", release.id(), null, null,
                                            Map.of("entryCount", release.entryCount()), Map.of("entryCount", read.entries().size(),
                                                    "added", diff[0], "changed", diff[1], "removed", diff[2]))))
                                    .then(nomenclature.release(regulation))
                                    .map(r -> new Result(r, report, result.entryCount(), diff[0], diff[1], diff[2]))
                                    .as(tx::transactional);
                        })));
    }

    private record Read(List<NomenclatureEntry> entries, Problems problems) {
    }

    private Read read(byte[] content, NomenclatureRegulation regulation) throws IOException {
        Problems problems = new Problems();
        Path file = Files.createTempFile("selaras-nomenclature", ".xlsx");
        try {
            Files.write(file, content);
            try (XlsxWorkbook wb = XlsxWorkbook.open(file, properties.limits())) {
                return new Read(new NomenclatureParser(regulation, problems).parse(wb), problems);
            }
        } catch (XlsxFailure f) {
            problems.add(f.sheet(), null, null, ErrorCode.valueOf(f.reason() == XlsxFailure.Reason.CORRUPT ? "CORRUPT_WORKBOOK"
                    : f.reason().name()), f.reason() == XlsxFailure.Reason.TOO_MANY_ROWS ? new Object[] {properties.maxRows()} : new Object[0]);
            return new Read(List.of(), problems);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Added, changed and removed codes (compared by canonical code, so 2- and 4-digit releases compare). */
    private static int[] diff(List<NomenclatureEntry> before, List<NomenclatureEntry> after) {
        Map<String, NomenclatureEntry> old = new HashMap<>();
        before.forEach(e -> old.put(e.canonicalCode(), e));
        int added = 0;
        int changed = 0;
        for (NomenclatureEntry e : after) {
            NomenclatureEntry o = old.remove(e.canonicalCode());
            if (o == null) {
                added++;
            } else if (!Objects.equals(o.name(), e.name()) || !Objects.equals(o.indicator(), e.indicator())
                    || !Objects.equals(o.unit(), e.unit()) || !Objects.equals(o.performance(), e.performance())) {
                changed++;
            }
        }
        return new int[] {added, changed, before.isEmpty() ? 0 : old.size()};
    }
}
