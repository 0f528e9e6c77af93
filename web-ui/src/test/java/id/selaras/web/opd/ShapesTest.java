package id.selaras.web.opd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.selaras.web.api.Connection;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's records read what the documents select, with Jackson 3's defaults (a missing primitive is an error:
 * a proposal's current target is selected without its year).
 */
class ShapesTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAwaitingComment_withAProposal_andItsSubject() {
        String answer = """
                {"edges":[{"node":{"id":"Q29tbWVudDox","body":"Target terlalu rendah","createdAt":"2026-11-23T08:00:00Z",
                  "author":{"name":"Warga Uji"},"agreeCount":3,"disagreeCount":0,
                  "proposal":{"year":2019,"value":79.2,"currentTarget":{"value":79.0}},
                  "subject":{"__typename":"Indicator","id":"SW5kaWNhdG9yOjI1NA","name":"Indeks Pembangunan Manusia","code":"IKU-02","unit":"Indeks"}}}],
                 "pageInfo":{"hasNextPage":false,"endCursor":null},"totalCount":1}""";

        Connection<OpdClient.Awaiting> page = json.readValue(answer, new TypeReference<Connection<OpdClient.Awaiting>>() { });

        OpdClient.Awaiting comment = page.nodes().getFirst();
        assertThat(comment.proposal().currentTarget().value()).isEqualTo(79.0);
        assertThat(comment.proposal().currentTarget().year()).isNull();
        assertThat(comment.subject().label()).isEqualTo("IKU-02 Indeks Pembangunan Manusia");
        assertThat(comment.subject().__typename()).isEqualTo("Indicator");
    }

    @Test
    void anAchievement_withItsTargetWithoutYear() {
        String answer = """
                {"id":"SW5kaWNhdG9yOjE","code":"IKU-02","name":"IPM","unit":"Indeks","frequency":"ANNUAL","polarity":"HIGHER_IS_BETTER",
                 "node":{"id":"n","kind":"TUJUAN","code":"T1.1","title":"t"},"targets":[{"year":2026,"value":78.0,"min":null,"max":null}],
                 "realisations":[{"id":"r","year":2026,"period":"ANNUAL","value":78.2,"evidence":null,"reportedAt":"2026-11-23T08:00:00Z","verifiedAt":null,"version":0}],
                 "achievements":[{"year":2026,"period":"ANNUAL","realisation":78.2,"percent":100.26,"status":"MEASURED",
                   "band":{"label":"Sangat Baik","colour":"#1a7f37"},"target":{"value":78.0,"min":null,"max":null}}]}""";

        OpdClient.Measured measured = json.readValue(answer, OpdClient.Measured.class);

        assertThat(measured.achievements()).extracting(OpdClient.Achievement::percent).containsExactly(100.26);
        assertThat(measured.realisations()).extracting(OpdClient.Realisation::value).containsExactly(78.2);
        assertThat(measured.targets()).extracting(OpdClient.Target::year).isEqualTo(List.of(2026));
    }
}
