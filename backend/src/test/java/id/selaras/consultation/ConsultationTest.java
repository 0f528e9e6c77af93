package id.selaras.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.selaras.IntegrationTest;
import id.selaras.region.RegionLevel;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Consultations: opened only on a version in consultation, with valid times and area; meetings and statistics. */
@IntegrationTest
class ConsultationTest {

    static final String OPEN = "mutation($in: OpenConsultationInput!) { openConsultation(input: $in) { consultation { id version state } } }";

    @Autowired Fixtures fixtures;
    @Autowired RegionService regions;
    @LocalServerPort int port;

    @Test
    void aConsultation_needsAVersionInConsultation_andSaneTimes() {
        var w = fixtures.world();
        var planner = new Api(port).as(TestTokens.planner("p", w.region().code()));
        Instant now = Instant.now();
        Map<String, Object> in = Map.of("planVersionId", w.draftId(), "kind", "KONSULTASI_PUBLIK", "title", "Konsultasi",
                "opensAt", now.toString(), "closesAt", now.plusSeconds(3600).toString());
        Errors.expect(planner.document(OPEN).variable("in", in).execute(), "BAD_REQUEST", "CONSULTATION_NEEDS_OPEN_VERSION",
                "input.planVersionId");
        planner.document("mutation($in: ChangePlanVersionStatusInput!) { openPlanVersionForConsultation(input: $in) { planVersion { id } } }")
                .variable("in", Map.of("id", w.draftId(), "version", 0)).execute().errors().verify();
        Errors.expect(planner.document(OPEN).variable("in", Map.of("planVersionId", w.draftId(), "kind", "KONSULTASI_PUBLIK",
                "title", "Konsultasi", "opensAt", now.toString(), "closesAt", now.minusSeconds(60).toString())).execute(),
                "BAD_REQUEST", "CLOSES_BEFORE_OPENS", "input.closesAt");
        Errors.expect(planner.document(OPEN).variable("in", Map.of("planVersionId", w.draftId(), "kind", "KONSULTASI_PUBLIK",
                "title", "Konsultasi", "opensAt", now.toString(), "closesAt", now.plusSeconds(400 * 86400L).toString())).execute(),
                "BAD_REQUEST", "CONSULTATION_TOO_LONG", "input.closesAt");
        Errors.expect(planner.document(OPEN).variable("in", Map.of("planVersionId", w.draftId(), "kind", "MUSRENBANG_KECAMATAN",
                "title", "Musrenbang", "opensAt", now.toString(), "closesAt", now.plusSeconds(3600).toString())).execute(),
                "BAD_REQUEST", "REQUIRED", "input.areaId");
        var kecamatan = regions.createRegion(Actor.SYSTEM, w.region().code() + ".0" + (1 + (int) (Math.random() * 9)),
                "Kecamatan Uji " + UUID.randomUUID(), RegionLevel.KECAMATAN, w.region().id()).block();
        planner.document(OPEN).variable("in", Map.of("planVersionId", w.draftId(), "kind", "MUSRENBANG_KECAMATAN",
                "title", "Musrenbang Kecamatan", "areaId", Fixtures.id("Region", kecamatan.id()), "opensAt", now.toString(),
                "closesAt", now.plusSeconds(3600).toString())).execute().path("openConsultation.consultation.state")
                .entity(String.class).isEqualTo("OPEN");
    }

    @Test
    void meetingsAndParticipation_areRecordedAndCounted() {
        var w = fixtures.world();
        var chain = fixtures.chain(w);
        var consultation = fixtures.consultation(w);
        String id = Fixtures.id("Consultation", consultation.id());
        var planner = new Api(port).as(TestTokens.planner("p", w.region().code()));
        planner.document("mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { meeting { totalParticipants } } }")
                .variable("in", Map.of("consultationId", id, "heldOn", "2025-02-20", "place", "Aula Bappeda Kota",
                        "participants", List.of(Map.of("category", "DPRD", "count", 5), Map.of("category", "AKADEMISI", "count", 8),
                                Map.of("category", "PEREMPUAN_PKK", "count", 12)),
                        "minutes", "Pembukaan oleh Sekda; paparan Bappeda; diskusi.", "outcomes", "Target IPM 2027 dinaikkan."))
                .execute().path("recordMeeting.meeting.totalParticipants").entity(Integer.class).isEqualTo(25);
        Errors.expect(planner.document("mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { meeting { id } } }")
                .variable("in", Map.of("consultationId", id, "heldOn", "2025-02-21", "place", "Aula",
                        "participants", List.of(Map.of("category", "DPRD", "count", -1)))).execute(),
                "BAD_REQUEST", "OUT_OF_RANGE", "input.participants.DPRD");
        var citizen = new Api(port).as(TestTokens.citizen("warga-" + UUID.randomUUID()));
        citizen.document("mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }")
                .variable("in", Map.of("subjectId", Fixtures.id("CascadeNode", chain.program().id()), "body", "Usulan program"))
                .execute().errors().verify();
        var stats = new Api(port).anonymous().document("""
                query($id: ID!) { node(id: $id) { ... on Consultation { state wholePlan meetings { place participants { category count } }
                  statistics { comments participants meetings meetingParticipants byCategory { category count } } } } }""")
                .variable("id", id).execute();
        stats.path("node.statistics.comments").entity(Integer.class).isEqualTo(1);
        stats.path("node.statistics.participants").entity(Integer.class).isEqualTo(1);
        stats.path("node.statistics.meetingParticipants").entity(Integer.class).isEqualTo(25);
        stats.path("node.meetings[0].place").entity(String.class).isEqualTo("Aula Bappeda Kota");
        stats.path("node.wholePlan").entity(Boolean.class).isEqualTo(true);
    }
}
