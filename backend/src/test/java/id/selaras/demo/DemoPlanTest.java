package id.selaras.demo;

import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@SuppressWarnings("unchecked")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPlanTest {

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    long adoptedVersion;

    @BeforeAll
    void load() {
        var draft = fixtures.demo();
        assertThat(draft.status().name()).isEqualTo("IN_CONSULTATION");
        adoptedVersion = draft.basedOnId();
    }

    @Test
    void demoPlan_hasTheSizeTheIssueAsksFor() {
        Map<String, Long> kinds = db.sql("SELECT kind, count(*) AS n FROM cascade_node WHERE plan_version_id = :v GROUP BY kind")
                .bind("v", adoptedVersion).map(r -> Map.entry(r.get("kind", String.class), r.get("n", Long.class))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue).block();
        assertThat(kinds.get("MISI")).isGreaterThanOrEqualTo(5);
        assertThat(kinds.get("TUJUAN")).isGreaterThanOrEqualTo(12);
        assertThat(kinds.get("SASARAN")).isGreaterThanOrEqualTo(25);
        assertThat(kinds.get("PROGRAM")).isGreaterThanOrEqualTo(40);
        assertThat(kinds.get("KEGIATAN")).isGreaterThanOrEqualTo(40);
        assertThat(kinds.get("SUB_KEGIATAN")).isGreaterThanOrEqualTo(40);
        Long indicators = db.sql("SELECT count(*) AS n FROM indicator WHERE plan_version_id = :v").bind("v", adoptedVersion)
                .map(r -> r.get("n", Long.class)).one().block();
        assertThat(indicators).isGreaterThanOrEqualTo(150);
        Long opds = db.sql("SELECT count(*) AS n FROM organisation_unit o JOIN region r ON r.id = o.region_id WHERE r.code = '33.71'")
                .map(r -> r.get("n", Long.class)).one().block();
        assertThat(opds).isGreaterThanOrEqualTo(15);
    }

    @Test
    void povertyIndicator_showsTheSeedTargetsAndItsAchievement() {
        var response = new Api(port).anonymous().document("""
                query($v: ID!) { indicators(planVersion: $v, type: IKU, first: 100) { edges { node {
                  code name polarity baseline { year value } targets { year value } endTarget { value }
                  achievements(year: 2018) { period target { value } realisation percent band { label } status }
                } } } }""").variable("v", id.selaras.common.GlobalId.encode("PlanVersion", adoptedVersion)).execute();
        response.errors().verify();
        List<Map<String, Object>> nodes = response.path("indicators.edges[*].node").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        Map<String, Object> poverty = nodes.stream().filter(n -> "IKU-01".equals(n.get("code"))).findFirst().orElseThrow();
        assertThat(poverty.get("polarity")).isEqualTo("LOWER_IS_BETTER");
        assertThat(poverty.get("baseline")).isEqualTo(Map.of("year", 2015, "value", 9.05));
        assertThat((List<Object>) poverty.get("targets")).contains(Map.of("year", 2018, "value", 7.38), Map.of("year", 2021, "value", 6.12));
        Map<?, ?> annual2018 = (Map<?, ?>) ((List<?>) poverty.get("achievements")).getFirst();
        assertThat(annual2018.get("realisation")).isEqualTo(7.87);
        // (2 − 7.87 / 7.38) × 100 = 93.36: "Sangat Baik" (91% and above) on the default 5-band scheme
        assertThat(annual2018.get("percent")).isEqualTo(93.36);
        assertThat(((Map<?, ?>) annual2018.get("band")).get("label")).isEqualTo("Sangat Baik");
    }

    @Test
    void revision_isOpenForPublicConsultation_soAFreshInstallationTakesComments() {
        var response = new Api(port).anonymous().document("""
                query($v: ID!) { consultations(planVersion: $v, first: 10) { edges { node { kind title state planVersion { id } } } } }""")
                .variable("v", id.selaras.common.GlobalId.encode("PlanVersion", fixtures.demo().id())).execute();
        response.errors().verify();
        List<Map<String, Object>> open = response.path("consultations.edges[*].node").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m)
                .filter(c -> "KONSULTASI_PUBLIK".equals(c.get("kind")) && "OPEN".equals(c.get("state"))).toList();
        assertThat(open).singleElement().satisfies(c -> {
            assertThat((String) c.get("title")).startsWith("Konsultasi Publik Rancangan Perubahan RPJMD Kota Magelang");
            assertThat(((Map<?, ?>) c.get("planVersion")).get("id"))
                    .isEqualTo(id.selaras.common.GlobalId.encode("PlanVersion", fixtures.demo().id()));
        });
    }
}
