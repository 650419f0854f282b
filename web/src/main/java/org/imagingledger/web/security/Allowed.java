package org.imagingledger.web.security;

/**
 * Who may call an endpoint, as {@code @PreAuthorize} expressions: each set of roles the ledger's
 * rules name, spelt once. The README's role table is written from these.
 */
public final class Allowed {

    public static final String ANYONE_LOGGED_IN = "isAuthenticated()";
    public static final String RESEARCHER = "hasRole('RESEARCHER')";
    public static final String DAC_MEMBER = "hasRole('DAC_MEMBER')";
    public static final String CHAIR = "hasRole('DAC_CHAIR')";
    /** The DAC itself: its members and chairs (deputies act with the chair's role). */
    public static final String DAC = "hasAnyRole('DAC_MEMBER','DAC_CHAIR')";

    public static final String NODE = "hasRole('NODE')";
    public static final String AUDITOR = "hasRole('AUDITOR')";
    public static final String ADMIN = "hasRole('GOVERNANCE_ADMIN')";
    /** Those who see the whole ledger: the DAC (members and chair), auditors and governance admins. */
    public static final String OVERSIGHT = "hasAnyRole('DAC_MEMBER','DAC_CHAIR','AUDITOR','GOVERNANCE_ADMIN')";

    public static final String AUDIT = "hasAnyRole('AUDITOR','GOVERNANCE_ADMIN')";
    public static final String CHAIR_OR_ADMIN = "hasAnyRole('DAC_CHAIR','GOVERNANCE_ADMIN')";
    public static final String NODE_OR_ADMIN = "hasAnyRole('NODE','GOVERNANCE_ADMIN')";
    public static final String NODE_OR_AUDIT = "hasAnyRole('NODE','AUDITOR','GOVERNANCE_ADMIN')";
    public static final String NODE_OR_OVERSIGHT =
            "hasAnyRole('NODE','DAC_MEMBER','DAC_CHAIR','AUDITOR','GOVERNANCE_ADMIN')";
    public static final String RESEARCHER_OR_OVERSIGHT =
            "hasAnyRole('RESEARCHER','DAC_MEMBER','DAC_CHAIR','AUDITOR','GOVERNANCE_ADMIN')";
    public static final String RESEARCHER_OR_ADMIN = "hasAnyRole('RESEARCHER','GOVERNANCE_ADMIN')";
    public static final String NODE_RESEARCHER_OR_ADMIN = "hasAnyRole('NODE','RESEARCHER','GOVERNANCE_ADMIN')";
    /** Who may download a request's documents (the request's own rules narrow it further: see Documents). */
    public static final String DOCUMENT_READERS = "hasAnyRole('RESEARCHER','DAC_MEMBER','DAC_CHAIR','AUDITOR')";
    /** Every role of the ledger (and not a login without a role). */
    public static final String ANY_ROLE =
            "hasAnyRole('RESEARCHER','NODE','DAC_MEMBER','DAC_CHAIR','AUDITOR','GOVERNANCE_ADMIN')";
    /** Every person (not a node): their own settings, their own passport. */
    public static final String ANY_PERSON =
            "hasAnyRole('RESEARCHER','DAC_MEMBER','DAC_CHAIR','AUDITOR','GOVERNANCE_ADMIN','PASSPORT_READER')";
    /** Passports: their person, a governance admin, or a passport-reading service (the service checks which). */
    public static final String PASSPORT =
            "hasAnyRole('RESEARCHER','DAC_MEMBER','DAC_CHAIR','AUDITOR'," + "'GOVERNANCE_ADMIN','PASSPORT_READER')";

    private Allowed() {}
}
