package org.imagingledger.projections.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One lockout of password sign-in, for the admins' view of who is being guessed at. */
@Entity
@Table(name = "sign_in_lockout_view")
public class LockoutView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 255)
    private String subject;

    @Column(name = "address_digest", length = 64)
    private String addressDigest;

    @Column(name = "locked_until", nullable = false)
    private Instant until;

    @Column(name = "locked_at", nullable = false)
    private Instant at;

    protected LockoutView() {}

    LockoutView(String subject, String addressDigest, Instant until, Instant at) {
        this.subject = subject;
        this.addressDigest = addressDigest;
        this.until = until;
        this.at = at;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddressDigest() {
        return addressDigest;
    }

    public Instant getUntil() {
        return until;
    }

    public Instant getAt() {
        return at;
    }
}
