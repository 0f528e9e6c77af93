package id.selaras.web.controls;

import static org.assertj.core.api.Assertions.assertThat;

import id.selaras.web.Language;
import org.junit.jupiter.api.Test;

/** Numbers typed as people type them: koma desimal on Indonesian pages, and pasted numbers of either convention. */
class DecimalInputTest {

    @Test
    void indonesian_commaIsTheDecimalMark_dotGroupsThousands() {
        assertThat(DecimalInput.parse("7,5", Language.INDONESIAN)).isEqualTo(7.5);
        assertThat(DecimalInput.parse("1.250", Language.INDONESIAN)).isEqualTo(1250.0);
        assertThat(DecimalInput.parse("1.250.000,75", Language.INDONESIAN)).isEqualTo(1_250_000.75);
        assertThat(DecimalInput.parse("7,500", Language.INDONESIAN)).isEqualTo(7.5);
        assertThat(DecimalInput.parse("80", Language.INDONESIAN)).isEqualTo(80.0);
    }

    @Test
    void aLoneDotWithoutThreeDigits_isADecimalMarkEvenOnIndonesianPages() {
        assertThat(DecimalInput.parse("80.5", Language.INDONESIAN)).isEqualTo(80.5);
        assertThat(DecimalInput.parse(" 98,37 ", Language.INDONESIAN)).isEqualTo(98.37);
    }

    @Test
    void aDotDecimalLocale_readsItsOwnConvention() {
        assertThat(DecimalInput.parse("7.5", java.util.Locale.US)).isEqualTo(7.5);
        assertThat(DecimalInput.parse("1,250", java.util.Locale.US)).isEqualTo(1250.0);
        assertThat(DecimalInput.parse("1,5", java.util.Locale.US)).isEqualTo(1.5);
        // English pages of Selaras (en-ID) keep the Indonesian number format, as they display it.
        assertThat(DecimalInput.parse("1.250", Language.ENGLISH)).isEqualTo(1250.0);
    }

    @Test
    void notANumber_isNull() {
        assertThat(DecimalInput.parse("", Language.INDONESIAN)).isNull();
        assertThat(DecimalInput.parse("delapan", Language.INDONESIAN)).isNull();
        assertThat(DecimalInput.parse("7,5%", Language.INDONESIAN)).isNull();
        assertThat(DecimalInput.parse(null, Language.INDONESIAN)).isNull();
        assertThat(DecimalInput.parse("-2,5", Language.INDONESIAN)).isEqualTo(-2.5);
    }
}
