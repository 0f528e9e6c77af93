package id.selaras.web.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "Tanggapan resmi" is offered to officers of the responsible OPD, as the ID token's opds claim names them. */
class ParticipationTest {

    static final String DINKES = "1.02.0.00.0.00.01.0000";

    @Test
    void anOfficerOfTheResponsibleOpd_answersOfficially() {
        assertThat(Participation.matches(List.of("33.71:" + DINKES),
                List.of(new Participation.OpdRef(DINKES, "33.71")))).isTrue();
    }

    @Test
    void anOfficerOfAnotherOpdOrRegion_doesNot() {
        assertThat(Participation.matches(List.of("33.71:5.01.0.00.0.00.01.0000"),
                List.of(new Participation.OpdRef(DINKES, "33.71")))).isFalse();
        assertThat(Participation.matches(List.of("33.08:" + DINKES),
                List.of(new Participation.OpdRef(DINKES, "33.71")))).isFalse();
    }

    @Test
    void anIssuerWithoutTheClaim_leavesItToTheBackend() {
        assertThat(Participation.matches(null, List.of(new Participation.OpdRef(DINKES, "33.71")))).isTrue();
    }
}
