package org.imagingledger.domain.catalogue;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.catalogue.api.NodeTokenRotated;
import org.imagingledger.domain.catalogue.api.RegisterNode;
import org.imagingledger.domain.catalogue.api.RotateNodeToken;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.catalogue.CatalogueEvents.ADMIN;
import static org.imagingledger.domain.catalogue.CatalogueEvents.T0;
import static org.imagingledger.domain.catalogue.CatalogueEvents.TOKEN_HASH;
import static org.imagingledger.domain.catalogue.CatalogueEvents.nodeRegistered;

class NodeTest {

    private AggregateTestFixture<Node> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Node.class);
    }

    @Test
    void registerNode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNode("node-it-1", " Pascale Naples ", "IT", TOKEN_HASH, ADMIN, T0))
                .expectEvents(nodeRegistered());
    }

    @Test
    void registerNodeRejectsUnknownCountryAndBadHash() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNode("node-it-1", "Pascale", "Italy", "not-a-hash", ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT, "country", ErrorCodes.NOT_COUNTRY, "tokenSha256", ErrorCodes.NOT_HEX));
    }

    @Test
    void rotateToken() {
        String newHash = "b".repeat(64);
        fixture.given(nodeRegistered())
                .when(new RotateNodeToken("node-it-1", newHash, ADMIN, T0.plusSeconds(5)))
                .expectEvents(new NodeTokenRotated("node-it-1", newHash, ADMIN, T0.plusSeconds(5)));
    }

    @Test
    void rotateTokenRejectsBadHash() {
        fixture.given(nodeRegistered())
                .when(new RotateNodeToken("node-it-1", "XYZ", ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "tokenSha256", ErrorCodes.NOT_HEX));
    }

    @Test
    void rotateTokenOfUnknownNodeFails() {
        fixture.givenNoPriorActivity()
                .when(new RotateNodeToken("node-x", "b".repeat(64), ADMIN, T0))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
