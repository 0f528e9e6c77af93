package id.selaras.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.common.ErrorCode;
import id.selaras.region.OrganisationUnit;

/**
 * OPDs as the workbook names them: by code or by short name (singkatan), from the OPD sheet or already in the
 * region. Resolves every reference to an OPD code, reporting those it does not know.
 */
final class OpdReferences {

    private final Map<String, String> codeByKey = new HashMap<>();
    private final Map<String, Long> existing = new HashMap<>();

    OpdReferences(List<OrganisationUnit> regionOpds, List<ParsedWorkbook.OpdRow> fileOpds) {
        for (OrganisationUnit o : regionOpds) {
            existing.put(o.code(), o.id());
            add(o.code(), o.shortName());
        }
        fileOpds.forEach(o -> add(o.code(), o.shortName()));
    }

    private void add(String code, String shortName) {
        codeByKey.put(Labels.key(code), code);
        if (shortName != null) {
            codeByKey.putIfAbsent(Labels.key(shortName), code);
        }
    }

    /** The codes of the OPDs named in a cell; unknown names are reported against it. */
    List<String> resolve(List<String> refs, Planning planning, Layout layout, int row) {
        return refs.stream().map(ref -> {
            String code = codeByKey.get(Labels.key(ref));
            if (code == null) {
                planning.problems.add(layout.sheet(), row, layout.letter("opds"), ErrorCode.UNKNOWN_OPD, ref);
            }
            return code;
        }).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The codes of the OPDs named, leaving out names already reported as unknown. */
    List<String> codes(List<String> refs) {
        return refs.stream().map(ref -> codeByKey.get(Labels.key(ref))).filter(java.util.Objects::nonNull).distinct().toList();
    }

    Map<String, Long> existingIds() {
        return existing;
    }
}
