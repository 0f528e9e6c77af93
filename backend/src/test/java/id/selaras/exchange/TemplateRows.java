package id.selaras.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small valid workbook in the template layout for a 2025–2029 RPJMD of a fixture region, to break on purpose. */
final class TemplateRows {

    static final List<Object> INDICATOR_HEADER = List.of("Kode Indikator", "Kode Node", "Nama Indikator", "Satuan",
            "Definisi Operasional", "Rumus", "Sumber Data", "Konsep", "Klasifikasi", "Frekuensi", "Alasan Pemilihan",
            "Polaritas", "Agregasi", "Tipe", "Tahun Baseline", "Nilai Baseline", "Target 2025", "Target 2026", "Target 2027",
            "Target 2028", "Target 2029", "Target Akhir", "OPD Penanggung Jawab");

    final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    TemplateRows() {
        sheets.put("Rencana", rows(List.of("Isian", "Nilai"), List.of("Jenis Rencana", "RPJMD"), List.of("Judul", "RPJMD Uji"),
                List.of("Tahun Awal", 2025), List.of("Tahun Akhir", 2029)));
        sheets.put("OPD", rows(List.of("Kode OPD", "Nama OPD", "Singkatan"),
                List.of("1.02.0.00.0.00.01.0000", "Dinas Kesehatan", "DINKES")));
        sheets.put("Kaskade", rows(List.of("Kode", "Kode Induk", "Jenis", "Uraian", "Keterangan", "OPD Penanggung Jawab", "Mendukung Juga"),
                row("V", null, "Visi", "Kota sehat dan cerdas"),
                row("M1", "V", "Misi", "Meningkatkan kualitas SDM"),
                row("T1.1", "M1", "Tujuan", "Meningkatnya derajat kesehatan"),
                row("S1.1.1", "T1.1", "Sasaran", "Menurunnya angka kematian ibu"),
                row("1.02.02", "S1.1.1", "Program", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", null, "DINKES"),
                row("1.02.02.2.02", "1.02.02", "Kegiatan", "Penyediaan Layanan Kesehatan untuk UKM dan UKP", null, "DINKES")));
        sheets.put("Indikator", rows(INDICATOR_HEADER,
                row("IKU-1", "S1.1.1", "Angka kematian ibu", "per 100.000 KH", "Kematian ibu per 100.000 kelahiran hidup", null,
                        "Dinas Kesehatan", null, null, "Tahunan", null, "Semakin rendah semakin baik", "Nilai terakhir", "IKU",
                        2024, 90, 88, 86, 84, 82, 80, 80, "DINKES"),
                row("OC-1", "1.02.02", "Cakupan pelayanan ibu hamil", "%", null, null, "Dinas Kesehatan", null, null, "Tahunan",
                        null, "Rentang", "Nilai terakhir", "OUTCOME", 2024, 85, "85–90", "86–91", "87–92", "88–93", "90–95",
                        "90–95", null)));
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @SafeVarargs
    private static List<List<Object>> rows(List<Object>... rows) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            out.add(new ArrayList<>(r));
        }
        return out;
    }

    /** Sets one cell (row 0 is the header). */
    TemplateRows set(String sheet, int row, int column, Object value) {
        List<Object> r = sheets.get(sheet).get(row);
        while (r.size() <= column) {
            r.add(null);
        }
        r.set(column, value);
        return this;
    }

    TemplateRows add(String sheet, List<Object> row) {
        sheets.get(sheet).add(row);
        return this;
    }

    byte[] bytes() {
        return ExchangeClient.workbook(sheets);
    }
}
