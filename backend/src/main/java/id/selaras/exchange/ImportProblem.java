package id.selaras.exchange;

import java.util.List;

import id.selaras.common.ErrorCode;

/**
 * One problem an import found: where (sheet, 1-based row and column letter, each null when it does not apply) and
 * what ({@link ErrorCode} with the values its message shows, in Bahasa Indonesia or English).
 */
public record ImportProblem(String sheet, Integer row, String column, ErrorCode code, List<Object> args) {

    public ImportProblem {
        args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static ImportProblem of(String sheet, Integer row, String column, ErrorCode code, Object... args) {
        return new ImportProblem(sheet, row, column, code, java.util.Arrays.asList(args));
    }
}
