package id.selaras.indicator;

import java.util.UUID;

import id.selaras.IntegrationTest;
import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.common.GlobalId;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** indicators(planVersion, opd): an OPD's indicators, by the indicator's own OPDs or else its node's (the OPD pages' list). */
@IntegrationTest
class IndicatorsOfOpdTest {

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void anOpdsIndicators_ownOrThroughTheirNode() {
        Fixtures.World world = fixtures.world();
        Fixtures.Chain chain = fixtures.chain(world);
        fixtures.indicator(chain.program(), "Cakupan pelayanan ibu hamil", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(90, 92, 94, 96, 98));
        CascadeNode school = fixtures.node(world.draft(), chain.sasaran(), CascadeKind.PROGRAM, "1.01.02",
                "Program Pengelolaan Pendidikan", world.opdB());
        fixtures.indicator(school, "Angka partisipasi murni SD", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(97, 97.5, 98, 98.5, 99));

        var officer = new Api(port).as(TestTokens.officer("dinkes-" + UUID.randomUUID(), world.region().code(),
                world.opdA().code()));
        var names = officer.document("query($v: ID!, $opd: ID) { indicators(planVersion: $v, opd: $opd) { totalCount edges { node { name } } } }")
                .variable("v", world.draftId()).variable("opd", GlobalId.encode("OrganisationUnit", world.opdA().id()))
                .execute().errors().verify().path("indicators.edges[*].node.name").entityList(String.class).get();

        assertThat(names).containsExactly("Cakupan pelayanan ibu hamil");
    }
}
