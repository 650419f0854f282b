package org.imagingledger.projections.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "node_view")
public class NodeView {

    @Id
    @Column(length = 128)
    private String nodeId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2)
    private String country;

    /** Set only for nodes whose token digest came from events recorded before digests left the log. */
    @Column(length = 64, unique = true)
    private String tokenSha256;

    @Column(nullable = false)
    private Instant registeredAt;

    protected NodeView() {}

    NodeView(String nodeId, String name, String country, String tokenSha256, Instant registeredAt) {
        this.nodeId = nodeId;
        this.name = name;
        this.country = country;
        this.tokenSha256 = tokenSha256;
        this.registeredAt = registeredAt;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    String getTokenSha256() {
        return tokenSha256;
    }

    void setTokenSha256(String tokenSha256) {
        this.tokenSha256 = tokenSha256;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
