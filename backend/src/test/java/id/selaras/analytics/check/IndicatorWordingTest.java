package id.selaras.analytics.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wording rule on names seen in real plans: what it flags, with which words, and what it leaves alone. */
class IndicatorWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Terlaksananya kegiatan sosialisasi PHBS              | Kegiatan | activity    | Terlaksananya
            Pelaksanaan Musrenbang Kota                          | Kegiatan | activity    | Pelaksanaan
            Penyelenggaraan festival budaya                      | Event    | activity    | Penyelenggaraan
            Meningkatnya kualitas pelayanan kesehatan            | %        | condition   | Meningkatnya
            Jumlah penduduk miskin dan persentase penduduk miskin | Jiwa    | twoMeasures | Jumlah … dan persentase
            Jumlah/persentase rumah layak huni                   | Unit     | twoMeasures | Jumlah … /persentase
            Kepuasan masyarakat terhadap layanan                 |          | noUnit      | Kepuasan masyarakat terhadap layanan
            """)
    void flags(String name, String unit, String variant, String words) {
        IndicatorWording.Verdict v = IndicatorWording.examine(name, unit);
        assertThat(v).isNotNull();
        assertThat(v.variant()).isEqualTo(variant);
        assertThat(v.words()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Jumlah penyelenggaraan Musrenbang RKPD Kota              | Kegiatan
            Persentase ketepatan waktu penetapan APBD dan penyampaian LKPD | %
            Jumlah atlet berprestasi tingkat provinsi dan nasional  | Orang
            Persentase rumah sakit rujukan tingkat kabupaten/kota yang terakreditasi | %
            Angka Partisipasi Murni (APM) SMP/MTs                   | %
            Indeks Pembangunan Manusia (IPM)                        | Indeks
            Contraceptive Prevalence Rate (CPR)                     | %
            """)
    void leavesMeasuresAlone(String name, String unit) {
        assertThat(IndicatorWording.examine(name, unit)).isNull();
    }

    @Test
    void aMeasureWithoutUnitIsLeftToTheCompletenessRule() {
        assertThat(IndicatorWording.examine("Persentase jalan mantap", null)).isNull();
    }
}
