package id.selaras.exchange;

/** The files a plan version can be exported as. */
public enum ExportFormat {
    /** The import template filled with the plan (XLSX): exports and re-imports unchanged. */
    WORKBOOK("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Penetapan Indikator Kinerja Utama (XLSX). */
    IKU_TABLE("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Tabel T-C.27: program, kegiatan and sub-kegiatan with indicators and targets (XLSX). */
    TC27_TABLE("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Open data: one row per indicator with Satu Data Indonesia metadata (CSV, UTF-8). */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** Open data: the plan with Satu Data Indonesia metadata per indicator (JSON). */
    JSON("json", "application/json"),
    /** A printable summary of the plan (HTML with print styles). */
    SUMMARY_HTML("html", "text/html;charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
