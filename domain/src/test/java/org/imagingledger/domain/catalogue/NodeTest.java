package org.imagingledger.domain.catalogue;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.catalogue.api.NodeTokenRevoked;
import org.imagingledger.domain.catalogue.api.NodeTokenRotated;
import org.imagingledger.domain.catalogue.api.RegisterNode;
import org.imagingledger.domain.catalogue.api.RevokeNodeToken;
import org.imagingledger.domain.catalogue.api.RotateNodeToken;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.catalogue.CatalogueEvents.ADMIN;
import static org.imagingledger.domain.catalogue.CatalogueEvents.T0;
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
                .when(new RegisterNode("node-it-1", " Pascale Naples ", "IT", ADMIN, T0))
                .expectEvents(nodeRegistered());
    }

    @Test
    void registerNodeRejectsUnknownCountry() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNode("node-it-1", "Pascale", "Italy", ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "country", ErrorCodes.NOT_COUNTRY));
    }

    @Test
    void rotateTokenRecordsNoDigest() {
        fixture.given(nodeRegistered())
                .when(new RotateNodeToken("node-it-1", ADMIN, T0.plusSeconds(5)))
                .expectEvents(new NodeTokenRotated("node-it-1", null, ADMIN, T0.plusSeconds(5)));
    }

    @Test
    void rotateTokenNeedsAnActor() {
        fixture.given(nodeRegistered())
                .when(new RotateNodeToken("node-it-1", " ", T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "actor", ErrorCodes.REQUIRED));
    }

    @Test
    void revokeTokenRecordsTheReason() {
        fixture.given(nodeRegistered())
                .when(new RevokeNodeToken("node-it-1", " demo token outside the demo ", ADMIN, T0.plusSeconds(5)))
                .expectEvents(
                        new NodeTokenRevoked("node-it-1", "demo token outside the demo", ADMIN, T0.plusSeconds(5)));
    }

    @Test
    void revokeTokenNeedsAReason() {
        fixture.given(nodeRegistered())
                .when(new RevokeNodeToken("node-it-1", "", ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void rotateTokenOfUnknownNodeFails() {
        fixture.givenNoPriorActivity()
                .when(new RotateNodeToken("node-x", ADMIN, T0))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
