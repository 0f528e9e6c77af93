package id.selaras.web.aspiration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import org.junit.jupiter.api.Test;

/** The aspiration form: missing topic, title and text at their fields; the most precise area sent; refusals shown. */
class AspirationFormTest {

    static final class Recording extends AspirationClient {
        final List<NewAspiration> sent = new ArrayList<>();
        ApiException refuse;

        Recording() {
            super(null);
        }

        @Override
        public AspirationData.Aspiration submit(NewAspiration a) {
            sent.add(a);
            if (refuse != null) {
                throw refuse;
            }
            return new AspirationData.Aspiration("a1", a.title(), a.body(), a.topic(), "RECEIVED", null, null, null, null,
                    List.of());
        }

        @Override
        public List<AspirationData.Region> below(String parentId) {
            return List.of(new AspirationData.Region("kel-1", "33.71.01.1001", "Magersari", "KELURAHAN"));
        }
    }

    static final List<AspirationData.Topic> TOPICS = List.of(new AspirationData.Topic("KESEHATAN", "Kesehatan"));
    static final List<AspirationData.Region> KECAMATAN = List.of(
            new AspirationData.Region("kec-1", "33.71.01", "Magelang Selatan", "KECAMATAN"));

    @Test
    void nothingFilledIn_eachProblemAtItsField_nothingSent() {
        Recording client = new Recording();
        AspirationForm form = new AspirationForm(client, "kota", TOPICS, KECAMATAN, a -> { });

        form.send();

        assertThat(client.sent).isEmpty();
        assertThat(form.fields().get("topic").error()).isNotBlank();
        assertThat(form.fields().get("title").error()).isNotBlank();
        assertThat(form.fields().get("body").error()).isNotBlank();
    }

    @Test
    void aCompleteAspiration_isSentWithTheKelurahanAsItsArea() {
        Recording client = new Recording();
        List<AspirationData.Aspiration> sent = new ArrayList<>();
        AspirationForm form = new AspirationForm(client, "kota", TOPICS, KECAMATAN, sent::add);
        ((id.selaras.web.controls.Choice) form.fields().get("topic").control()).setValue("KESEHATAN");
        ((com.vaadin.flow.component.html.Input) form.fields().get("title").control()).setValue("Posyandu baru");
        ((id.selaras.web.controls.TextBox) form.fields().get("body").control()).setValue("Di RW 03 belum ada posyandu.");
        ((id.selaras.web.controls.Choice) form.fields().get("areaId").control()).setValue("kec-1");
        form.descendants().filter(c -> c.getId().filter("aspiration-kelurahan"::equals).isPresent())
                .map(id.selaras.web.controls.Choice.class::cast).findFirst().orElseThrow().setValue("kel-1");

        form.send();

        assertThat(client.sent).singleElement().satisfies(a -> assertThat(a.toInput())
                .containsEntry("regionId", "kota").containsEntry("areaId", "kel-1").containsEntry("topic", "KESEHATAN")
                .containsEntry("title", "Posyandu baru"));
        assertThat(sent).hasSize(1);
    }

    @Test
    void theServersFieldMessage_isShownAtTheField() {
        Recording client = new Recording();
        AspirationForm form = new AspirationForm(client, "kota", TOPICS, KECAMATAN, a -> { });
        NewAspiration ok = new NewAspiration("kota", null, null, "Judul", "Isi", "KESEHATAN", null);
        assertThat(ok.problems()).isEmpty();
        ((id.selaras.web.controls.Choice) form.fields().get("topic").control()).setValue("KESEHATAN");
        ((com.vaadin.flow.component.html.Input) form.fields().get("title").control()).setValue("Judul");
        ((id.selaras.web.controls.TextBox) form.fields().get("body").control()).setValue("Isi");
        client.refuse = new ApiException("SubmitAspiration", List.of(new ApiError("Topik tidak dikenal.",
                Classification.BAD_REQUEST, "UNKNOWN_TOPIC", "input.topic", null)));

        form.send();

        assertThat(form.fields().get("topic").error()).isEqualTo("Topik tidak dikenal.");
    }
}
