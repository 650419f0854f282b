package org.imagingledger.application.shared;

/** Who may do what: each role may do only what its work needs. */
public enum Role {
    RESEARCHER,
    DAC_MEMBER,
    DAC_CHAIR,
    NODE,
    AUDITOR,
    GOVERNANCE_ADMIN,
    /** A service (a data service, a passport broker) that reads people's GA4GH passports. */
    PASSPORT_READER;

    public String authority() {
        return "ROLE_" + name();
    }
}
