package org.imagingledger.domain.dac;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.dac.api.DeputyChairGranted;
import org.imagingledger.domain.dac.api.DeputyChairRevoked;
import org.imagingledger.domain.dac.api.GrantDeputyChair;
import org.imagingledger.domain.dac.api.RevokeDeputyChair;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;

class DeputyAppointmentTest {

    private static final String DORA = "dora.dac";
    private static final String ID = DeputyChairs.appointmentId(DORA);
    private static final String ADMIN = "greta.admin";
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private AggregateTestFixture<DeputyAppointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeputyAppointment.class);
    }

    @Test
    void anAdminGrantsTheRole() {
        fixture.givenNoPriorActivity()
                .when(new GrantDeputyChair(ID, DORA, ADMIN, T0))
                .expectEvents(new DeputyChairGranted(ID, DORA, ADMIN, T0));
    }

    @Test
    void aDeputyIsNotGrantedTwice() {
        fixture.given(new DeputyChairGranted(ID, DORA, ADMIN, T0))
                .when(new GrantDeputyChair(ID, DORA, ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALREADY_DEPUTY));
    }

    @Test
    void revokedAndGrantedAgain() {
        fixture.given(new DeputyChairGranted(ID, DORA, ADMIN, T0), new DeputyChairRevoked(ID, DORA, "rota", ADMIN, T0))
                .when(new GrantDeputyChair(ID, DORA, ADMIN, T0))
                .expectEvents(new DeputyChairGranted(ID, DORA, ADMIN, T0));
    }

    @Test
    void revocationNeedsAReasonAndADeputy() {
        fixture.given(new DeputyChairGranted(ID, DORA, ADMIN, T0))
                .when(new RevokeDeputyChair(ID, DORA, " chair back from leave ", ADMIN, T0))
                .expectEvents(new DeputyChairRevoked(ID, DORA, "chair back from leave", ADMIN, T0));
        fixture.given(new DeputyChairGranted(ID, DORA, ADMIN, T0), new DeputyChairRevoked(ID, DORA, "rota", ADMIN, T0))
                .when(new RevokeDeputyChair(ID, DORA, "again", ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.NOT_DEPUTY));
    }

    @Test
    void theStreamIsThePersons() {
        fixture.givenNoPriorActivity()
                .when(new GrantDeputyChair("dora.dac", DORA, ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "appointmentId", ErrorCodes.NOT_ONE_OF));
    }
}
