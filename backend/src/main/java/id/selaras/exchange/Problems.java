package id.selaras.exchange;

import java.util.ArrayList;
import java.util.List;

import id.selaras.common.ErrorCode;

/** Collects the problems of one import, keeping the first {@link ImportReport#MAX_PROBLEMS} and counting all. */
final class Problems {

    private final List<ImportProblem> kept = new ArrayList<>();
    private int count;

    void add(ImportProblem problem) {
        count++;
        if (kept.size() < ImportReport.MAX_PROBLEMS) {
            kept.add(problem);
        }
    }

    void add(String sheet, Integer row, String column, ErrorCode code, Object... args) {
        add(ImportProblem.of(sheet, row, column, code, args));
    }

    boolean none() {
        return count == 0;
    }

    int count() {
        return count;
    }

    List<ImportProblem> list() {
        return List.copyOf(kept);
    }
}
