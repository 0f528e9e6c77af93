package id.selaras.exchange.xlsx;

/**
 * Limits a workbook must stay within to be read: rows per sheet, and (process-wide, in POI's {@code ZipSecureFile})
 * the smallest compression ratio of any part and the largest uncompressed part.
 */
public record XlsxLimits(int maxRows, double minInflateRatio, long maxEntryBytes) {
}
