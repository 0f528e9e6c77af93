package id.selaras.exchange;

import java.util.List;

/**
 * The import template (docs/import-template.md): its sheets and their column headers, in the order the export
 * writes them. Headers are matched without case, spaces or punctuation; target columns are "Target {year}".
 */
final class TemplateSheets {

    static final String GUIDE = "Petunjuk";
    static final String PLAN = "Rencana";
    static final String OPD = "OPD";
    static final String CASCADE = "Kaskade";
    static final String INDICATORS = "Indikator";

    /** A column: the field it fills, its header, whether the column must be present. */
    record Column(String field, String header, boolean required) {
    }

    static final List<Column> OPD_COLUMNS = List.of(
            new Column("code", "Kode OPD", true),
            new Column("name", "Nama OPD", true),
            new Column("shortName", "Singkatan", false));

    static final List<Column> CASCADE_COLUMNS = List.of(
            new Column("code", "Kode", true),
            new Column("parent", "Kode Induk", true),
            new Column("kind", "Jenis", true),
            new Column("title", "Uraian", true),
            new Column("description", "Keterangan", false),
            new Column("opds", "OPD Penanggung Jawab", false),
            new Column("supports", "Mendukung Juga", false));

    /** Indicator columns before the per-year targets. */
    static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column("code", "Kode Indikator", false),
            new Column("node", "Kode Node", true),
            new Column("name", "Nama Indikator", true),
            new Column("unit", "Satuan", true),
            new Column("definition", "Definisi Operasional", false),
            new Column("formula", "Rumus", false),
            new Column("dataSource", "Sumber Data", false),
            new Column("concept", "Konsep", false),
            new Column("classification", "Klasifikasi", false),
            new Column("frequency", "Frekuensi", false),
            new Column("selectionReason", "Alasan Pemilihan", false),
            new Column("polarity", "Polaritas", true),
            new Column("aggregation", "Agregasi", true),
            new Column("type", "Tipe", false),
            new Column("baselineYear", "Tahun Baseline", false),
            new Column("baselineValue", "Nilai Baseline", false));

    /** Indicator columns after the per-year targets. */
    static final List<Column> INDICATOR_TAIL = List.of(
            new Column("endTarget", "Target Akhir", false),
            new Column("opds", "OPD Penanggung Jawab", false));

    /** Rows of the plan sheet: label in column A, value in column B. Generated rows are ignored on import. */
    static final List<Column> PLAN_ROWS = List.of(
            new Column("kind", "Jenis Rencana", false),
            new Column("title", "Judul", false),
            new Column("regionCode", "Kode Wilayah", false),
            new Column("regionName", "Nama Wilayah", false),
            new Column("periodStart", "Tahun Awal", true),
            new Column("periodEnd", "Tahun Akhir", true),
            new Column("version", "Versi", false),
            new Column("exportedAt", "Diekspor Pada", false));

    /** Plan rows that describe the copy rather than the plan: they differ between two exports of equal plans. */
    static final List<String> GENERATED = List.of("regionCode", "regionName", "version", "exportedAt");

    static final String TARGET_PREFIX = "Target ";

    private TemplateSheets() {
    }
}
