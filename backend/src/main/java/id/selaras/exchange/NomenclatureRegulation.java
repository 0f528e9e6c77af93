package id.selaras.exchange;

/**
 * The regulations that set the Permendagri 90/2019 nomenclature, in force order (DOMAIN.md §2.1). Sub-kegiatan
 * numbers have 2 digits up to Kepmendagri 050-5889/2021 and 4 digits from 900.1.15.5-1317/2023.
 */
public enum NomenclatureRegulation {
    PERMENDAGRI_90_2019(2), KEPMENDAGRI_050_3708_2020(2), KEPMENDAGRI_050_5889_2021(2), KEPMENDAGRI_900_1317_2023(4),
    KEPMENDAGRI_900_3406_2024(4), KEPMENDAGRI_900_2850_2025(4);

    private final int subKegiatanDigits;

    NomenclatureRegulation(int subKegiatanDigits) {
        this.subKegiatanDigits = subKegiatanDigits;
    }

    public int subKegiatanDigits() {
        return subKegiatanDigits;
    }
}
