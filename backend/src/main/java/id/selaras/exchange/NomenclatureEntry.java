package id.selaras.exchange;

/**
 * One code of the nomenclature (nomenklatur): urusan, bidang urusan, program, kegiatan or sub-kegiatan, with the
 * sub-kegiatan's kinerja (performance), indikator and satuan; {@code canonicalCode} has a 4-digit sub-kegiatan.
 */
public record NomenclatureEntry(String code, String canonicalCode, Level level, String name, String note,
                                String performance, String indicator, String unit, int position) {

    /** The levels of the code {@code U.BB.PP.K.KK.SSSS}. */
    public enum Level { URUSAN, BIDANG, PROGRAM, KEGIATAN, SUB_KEGIATAN }

    /** The code with a 4-digit sub-kegiatan number (1.02.02.2.02.01 → 1.02.02.2.02.0001). */
    public static String canonical(String code) {
        String[] parts = code.split("\\.");
        if (parts.length == 6 && parts[5].length() == 2) {
            return code.substring(0, code.lastIndexOf('.') + 1) + "00" + parts[5];
        }
        return code;
    }

    /** The code of the level above (kegiatan 1.02.02.2.02 → program 1.02.02), null for an urusan. */
    public static String parent(String code) {
        String[] parts = code.split("\\.");
        if (parts.length <= 1) {
            return null;
        }
        int drop = parts.length == 5 ? 2 : 1;
        return String.join(".", java.util.Arrays.copyOf(parts, parts.length - drop));
    }
}
