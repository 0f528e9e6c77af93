package id.selaras.cascade;

import java.util.List;

import id.selaras.common.Checks;
import id.selaras.common.ErrorCode;
import id.selaras.common.Problem;
import id.selaras.plan.PlanKind;

/**
 * The rules {@link CascadeService} applies to a node's own fields and placement, for callers that check many nodes
 * before writing any (imports): the same limits, code formats and parent rules, reported with the same codes and
 * field paths ({@code input.code}, {@code input.title}, {@code input.parentId}).
 */
public final class NodeValidation {

    private NodeValidation() {
    }

    /**
     * Problems of a node of {@code kind} with this code and text under a parent of {@code parentKind} with
     * {@code parentCode} (both null for a root) in a plan of {@code planKind}.
     */
    public static List<Problem> check(PlanKind planKind, CascadeKind kind, String code, String title, String description,
                                      CascadeKind parentKind, String parentCode) {
        Checks checks = Checks.start();
        checks.text(title, "input.title", CascadeService.TITLE_MAX);
        checks.optionalText(description, "input.description", CascadeService.DESCRIPTION_MAX);
        String c = checks.optionalText(code, "input.code", CascadeService.CODE_MAX);
        boolean validCode = c != null && c.length() <= CascadeService.CODE_MAX && NomenclatureCode.valid(kind, c);
        if (c != null && c.length() <= CascadeService.CODE_MAX && !validCode) {
            checks.add(ErrorCode.INVALID_CODE, "input.code", c, kind.name());
        }
        if (parentKind == null) {
            CascadeKind root = CascadeKind.rootFor(planKind);
            checks.check(kind.ordinal() <= root.ordinal(), ErrorCode.ROOT_KIND_NOT_ALLOWED, "input.parentId", kind.name(),
                    root.name());
        } else if (parentKind != kind.parentKind()) {
            checks.add(ErrorCode.WRONG_PARENT_KIND, "input.parentId", kind.name(), String.valueOf(kind.parentKind()),
                    parentKind.name());
        } else if (validCode && parentCode != null && (kind == CascadeKind.KEGIATAN || kind == CascadeKind.SUB_KEGIATAN)
                && !NomenclatureCode.extendsParent(parentCode, c)) {
            checks.add(ErrorCode.CODE_NOT_UNDER_PARENT, "input.code", c, parentCode);
        }
        return checks.problems();
    }
}
