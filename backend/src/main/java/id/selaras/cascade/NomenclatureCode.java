package id.selaras.cascade;

import java.util.regex.Pattern;

/**
 * Codes of programs, kegiatan and sub-kegiatan in the Permendagri 90/2019 nomenclature
 * ({@code U.BB.PP.K.KK.SSSS}): sub-kegiatan take 2 digits up to Kepmendagri 050-5889/2021 and 4 digits from
 * Kepmendagri 900.1.15.5-1317/2023; both are accepted. Other kinds carry a short free label (M1, T1.2, S1.2.1).
 */
public final class NomenclatureCode {

    private static final String PROGRAM = "[1-9X]\\.(\\d{2}|XX)\\.\\d{2}";
    private static final String KEGIATAN = PROGRAM + "\\.[12]\\.\\d{2}";
    private static final Pattern PROGRAM_CODE = Pattern.compile(PROGRAM);
    private static final Pattern KEGIATAN_CODE = Pattern.compile(KEGIATAN);
    private static final Pattern SUB_KEGIATAN_CODE = Pattern.compile(KEGIATAN + "\\.(\\d{2}|\\d{4})");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,19}");

    private NomenclatureCode() {
    }

    public static boolean valid(CascadeKind kind, String code) {
        return switch (kind) {
            case PROGRAM -> PROGRAM_CODE.matcher(code).matches();
            case KEGIATAN -> KEGIATAN_CODE.matcher(code).matches();
            case SUB_KEGIATAN -> SUB_KEGIATAN_CODE.matcher(code).matches();
            default -> LABEL.matcher(code).matches();
        };
    }

    /**
     * Whether a kegiatan or sub-kegiatan code continues its parent's. Cross-urusan support programs ({@code X.XX})
     * are coded with the OPD's own urusan and bidang below them, so those two segments may differ then.
     */
    public static boolean extendsParent(String parentCode, String code) {
        if (code.startsWith(parentCode + ".")) {
            return true;
        }
        if (parentCode.startsWith("X.XX.")) {
            String[] p = parentCode.split("\\.");
            String[] c = code.split("\\.");
            if (c.length <= p.length) {
                return false;
            }
            for (int i = 2; i < p.length; i++) {
                if (!p[i].equals(c[i])) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
