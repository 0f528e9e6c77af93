package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Both languages have every text, and Indonesian stays the default whatever the server's own locale is. */
class MessagesTest {

    @Test
    void everyKey_isInBothLanguages() throws IOException {
        Properties id = load("/i18n/ui.properties");
        Properties en = load("/i18n/ui_en.properties");

        assertThat(en.stringPropertyNames()).as("in ui.properties but not in ui_en.properties")
                .containsAll(id.stringPropertyNames());
        assertThat(id.stringPropertyNames()).as("in ui_en.properties but not in ui.properties")
                .containsAll(en.stringPropertyNames());
    }

    @Test
    void indonesianIsTheDefault_evenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Messages messages = new Messages();

            assertThat(messages.getTranslation("nav.home", Language.INDONESIAN)).isEqualTo("Beranda");
            assertThat(messages.getTranslation("nav.home", Language.ENGLISH)).isEqualTo("Home");
            assertThat(messages.getTranslation("nav.home", Locale.FRENCH)).isEqualTo("Beranda");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void arguments_areFormattedInThePagesLanguage() {
        Messages messages = new Messages();

        assertThat(messages.getTranslation("exchange.report.ok", Language.INDONESIAN, "1.234", 5))
                .isEqualTo("Berkas siap diimpor: 1.234 baris dibaca, 5 perubahan.");
        assertThat(messages.getTranslation("exchange.template.download", Language.INDONESIAN, 2025, 2029))
                .isEqualTo("Unduh templat 2025–2029");
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
