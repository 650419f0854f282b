package org.imagingledger.projections.dac;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who is a deputy chair now; the row goes when the role is revoked. */
@Entity
@Table(name = "dac_deputy_view")
public class DeputyView {

    @Id
    @Column(length = 128)
    private String person;

    @Column(nullable = false, length = 128)
    private String grantedBy;

    @Column(nullable = false)
    private Instant grantedAt;

    protected DeputyView() {}

    DeputyView(String person, String grantedBy, Instant grantedAt) {
        this.person = person;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public String getPerson() {
        return person;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
