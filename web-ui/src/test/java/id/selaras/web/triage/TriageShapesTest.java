package id.selaras.web.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The client's records read the API's answers as triage.graphql asks for them (dates, nulls, nested lists). */
class TriageShapesTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Test
    void aQueuePage_withSuggestions() {
        TriageClient.Page page = JSON.readValue("""
                {"totalCount":1,"edges":[{"node":{"id":"QXNw","title":"Got mampet","body":"Got depan rumah mampet",
                 "topic":"INFRA","status":"RECEIVED","submittedAt":"2026-11-20T03:00:00Z","updatedAt":"2026-11-20T03:00:00Z",
                 "version":2,"area":{"name":"Kemirirejo"},"assignedOpd":null,"linkedNodes":[],"linkedIndicators":[],
                 "steps":[{"status":"RECEIVED","reason":null,"at":"2026-11-20T03:00:00Z"}],"mergedAspirations":[],
                 "suggestions":[{"rank":1,"score":7.25,"matchedTerms":["got","banjir→genangan"],"confirmations":3,
                   "rejections":0,"explanation":"Kata yang cocok: got",
                   "node":{"id":"Tm9k","kind":"PROGRAM","code":"1.03.03","title":"Program Drainase"},
                   "indicator":null,"opd":{"id":"T3Bk","name":"Dinas PUPR","shortName":null}}]}}]}
                """, TriageClient.Page.class);

        TriageClient.Aspiration a = page.nodes().getFirst();
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.submittedAt().getYear()).isEqualTo(2026);
        assertThat(a.suggestions().getFirst().opd().label()).isEqualTo("Dinas PUPR");
        assertThat(a.suggestions().getFirst().node().label()).isEqualTo("1.03.03 Program Drainase");
    }

    @Test
    void opinionGroups() {
        OpinionClient.Groups g = JSON.readValue("""
                {"participants":12,"comments":6,"votes":60,"silhouette":0.61,"svg":"<svg></svg>",
                 "computedAt":"2026-11-20T03:00:00.123Z",
                 "groups":[{"number":1,"size":5,"distinguishing":[{"agree":false,"share":0.8,"othersShare":0.1,"votes":5,
                   "comment":{"id":"Q28","body":"Tidak perlu"}}]}],
                 "consensus":[{"agree":true,"share":0.7,"othersShare":null,"votes":12,"comment":{"id":"Q29","body":null}}]}
                """, OpinionClient.Groups.class);

        assertThat(g.groups().getFirst().letter()).isEqualTo("B");
        assertThat(g.consensus().getFirst().othersShare()).isNull();
        assertThat(g.computedAt()).isNotNull();
    }
}
