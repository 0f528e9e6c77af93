package id.selaras.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.selaras.common.ErrorCode;
import id.selaras.exchange.xlsx.XlsxFailure;
import id.selaras.exchange.xlsx.XlsxLimits;
import id.selaras.exchange.xlsx.XlsxWorkbook;

/**
 * Reads uploaded bytes as a workbook of the requested shape. Blocking (file and CPU work): callers run it on a
 * worker thread. A file that cannot be read at all becomes one problem; the result is then null.
 */
final class WorkbookReading {

    private WorkbookReading() {
    }

    static ParsedWorkbook read(byte[] content, PlanImportRequest request, XlsxLimits limits, Problems problems,
                               TableMapping[] guessed) {
        Path file = null;
        try {
            file = Files.createTempFile("selaras-import", ".xlsx");
            Files.write(file, content);
            try (XlsxWorkbook workbook = XlsxWorkbook.open(file, limits)) {
                if (request.shapeOrDefault() == PlanImportRequest.Shape.TABLE) {
                    TableParser parser = new TableParser(workbook, problems);
                    ParsedWorkbook parsed = parser.parse(request.mapping());
                    guessed[0] = parser.mapping();
                    return parsed;
                }
                return new TemplateParser(workbook, problems).parse();
            }
        } catch (XlsxFailure f) {
            problems.add(f.sheet(), null, null, code(f.reason()), f.reason() == XlsxFailure.Reason.TOO_MANY_ROWS
                    ? new Object[] {String.valueOf(limits.maxRows())} : new Object[0]);
            return null;
        } catch (IOException e) {
            problems.add(null, null, null, ErrorCode.CORRUPT_WORKBOOK);
            return null;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temp directory
                }
            }
        }
    }

    private static ErrorCode code(XlsxFailure.Reason reason) {
        return switch (reason) {
            case NOT_XLSX -> ErrorCode.NOT_XLSX;
            case ENCRYPTED_OR_OLD_FORMAT -> ErrorCode.ENCRYPTED_OR_OLD_FORMAT;
            case ZIP_BOMB -> ErrorCode.ZIP_BOMB;
            case ENTRY_TOO_LARGE -> ErrorCode.ENTRY_TOO_LARGE;
            case TOO_MANY_ROWS -> ErrorCode.TOO_MANY_ROWS;
            case CORRUPT -> ErrorCode.CORRUPT_WORKBOOK;
        };
    }
}
