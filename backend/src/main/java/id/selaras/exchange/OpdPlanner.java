package id.selaras.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.selaras.common.Checks;
import id.selaras.common.ErrorCode;
import id.selaras.exchange.ParsedWorkbook.OpdRow;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.RegionService;

/**
 * Plans the OPD sheet: OPDs new to the region are created, those whose name or short name changed are updated;
 * OPDs are never deleted by an import (other plans may name them).
 */
final class OpdPlanner {

    private final RegionService regions;

    OpdPlanner(RegionService regions) {
        this.regions = regions;
    }

    void plan(Planning p) {
        Map<String, OrganisationUnit> byCode = new HashMap<>();
        p.current.opds().forEach(o -> byCode.put(o.code(), o));
        p.opds = new OpdReferences(p.current.opds(), p.file.opds());
        Layout layout = p.file.opdLayout();
        Map<String, Integer> seen = new HashMap<>();
        for (OpdRow row : p.file.opds()) {
            Integer before = seen.putIfAbsent(row.code(), row.row());
            if (before != null) {
                p.problems.add(layout.sheet(), row.row(), layout.letter("code"), ErrorCode.DUPLICATE_ROW, row.code(),
                        String.valueOf(before));
                continue;
            }
            Checks checks = Checks.start();
            String code = checks.text(row.code(), "input.code", 40);
            String name = checks.text(row.name(), "input.name", 300);
            String shortName = checks.optionalText(row.shortName(), "input.shortName", 40);
            if (code != null && !OrganisationUnit.CODE.matcher(code).matches()) {
                checks.add(ErrorCode.INVALID_CODE, "input.code", code);
            }
            p.report(checks.problems(), layout, row.row(), List.of());
            OrganisationUnit existing = byCode.get(row.code());
            if (existing == null) {
                p.change(ImportChange.Item.OPD, ImportChange.Action.CREATE, row.code(), layout, row.row(), List.of());
                p.steps.add(ImportStep.of(layout, row.row(), ctx -> regions.createOpd(ctx.actor, ctx.regionId, code, name,
                        shortName).doOnNext(o -> ctx.opdIds.put(o.code(), o.id()))));
            } else {
                List<String> fields = new ArrayList<>();
                if (!Objects.equals(existing.name(), name)) {
                    fields.add("name");
                }
                if (!Objects.equals(existing.shortName(), shortName)) {
                    fields.add("shortName");
                }
                if (!fields.isEmpty()) {
                    p.change(ImportChange.Item.OPD, ImportChange.Action.UPDATE, row.code(), layout, row.row(), fields);
                    p.steps.add(ImportStep.of(layout, row.row(), ctx -> regions.updateOpd(ctx.actor, existing.id(),
                            existing.version(), name, shortName)));
                }
            }
        }
    }
}
