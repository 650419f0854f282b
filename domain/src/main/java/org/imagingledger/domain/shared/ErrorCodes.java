package org.imagingledger.domain.shared;

/**
 * The error codes used in more than one place. A refusal's code is part of the API: clients act
 * on it and the message bundles word it ({@code problem.<code>}), so a code never changes
 * meaning. Codes used by one rule only are written at that rule.
 */
public final class ErrorCodes {

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "too_long";
    public static final String TOO_MANY = "too_many";
    public static final String EMPTY = "empty";
    public static final String DUPLICATE_ENTRY = "duplicate_entry";
    public static final String NOT_IDENTIFIER = "not_identifier";
    public static final String NOT_POSITIVE = "not_positive";
    public static final String NEGATIVE = "negative";
    public static final String NOT_AFTER = "not_after";
    public static final String NOT_BEFORE = "not_before";
    public static final String NOT_FUTURE = "not_future";
    public static final String OUT_OF_RANGE = "out_of_range";
    public static final String NOT_ONE_OF = "not_one_of";
    public static final String WRONG_TYPE = "wrong_type";
    public static final String NOT_A_DATE = "not_a_date";
    public static final String UNKNOWN_FIELD = "unknown_field";
    public static final String UNKNOWN_DUO_TERM = "unknown_duo_term";
    public static final String UNKNOWN_MONDO_TERM = "unknown_mondo_term";
    public static final String NOT_HEX = "not_hex";
    public static final String NOT_FOUND = "not_found";
    public static final String ID_TAKEN = "id_taken";
    public static final String STATE_FORBIDS = "state_forbids";
    public static final String UNKNOWN_REFERENCE = "unknown_reference";
    public static final String NOT_HOLDER = "not_holder";
    public static final String NOT_YOURS = "not_yours";
    public static final String NODE_ONLY = "node_only";

    public static final String ALL_DATASETS_DECLINED = "all_datasets_declined";
    public static final String ALREADY_ACKNOWLEDGED = "already_acknowledged";
    public static final String ALREADY_ACTIVE = "already_active";
    public static final String ALREADY_VOTED = "already_voted";
    public static final String APPLICANT_ON_TEAM = "applicant_on_team";
    public static final String BELOW_QUORUM = "below_quorum";
    public static final String BUNDLE_ALLOWS_EMPTY = "bundle_allows_empty";
    public static final String BUNDLE_NOT_EVALUABLE = "bundle_not_evaluable";
    public static final String CONFLICT_ALREADY_DECLARED = "conflict_already_declared";
    public static final String CONFLICT_OF_INTEREST = "conflict_of_interest";
    public static final String CONSENT_EXISTS = "consent_exists";
    public static final String CONSENT_WITHDRAWN = "consent_withdrawn";
    public static final String DATASET_RETIRED = "dataset_retired";
    public static final String DEADLINE_ALREADY_EXTENDED = "deadline_already_extended";
    public static final String FEWER_CASES_THAN_SUBJECTS = "fewer_cases_than_subjects";
    public static final String IN_FUTURE = "in_future";
    public static final String INVOLVED = "involved";
    public static final String LOG_TAMPERED = "log_tampered";
    public static final String NO_CHECKPOINT = "no_checkpoint";
    public static final String NO_NODE_DECISION = "no_node_decision";
    public static final String NODE_ALREADY_DECIDED = "node_already_decided";
    public static final String NODE_DECISION_PENDING = "node_decision_pending";
    public static final String NOT_A_BUNDLE = "not_a_bundle";
    public static final String NOT_A_CONDITION = "not_a_condition";
    public static final String NOT_APPLICANT = "not_applicant";
    public static final String NOT_COUNTRY = "not_country";
    public static final String NOT_IN_CHECKPOINT = "not_in_checkpoint";
    public static final String NOT_IN_FUTURE = "not_in_future";
    public static final String NOT_REVIEWER = "not_reviewer";
    public static final String ONE_PERMISSION = "one_permission";
    public static final String QUORUM_NOT_REACHED = "quorum_not_reached";
    public static final String RECORDING_NODE_MISSING = "recording_node_missing";
    public static final String REVIEWER_INVOLVED = "reviewer_involved";
    public static final String REVIEWER_STAYS = "reviewer_stays";
    public static final String STILL_VALID = "still_valid";
    public static final String UNKNOWN_CHECKPOINT = "unknown_checkpoint";
    public static final String UNKNOWN_EVENT_TYPE = "unknown_event_type";
    public static final String USE_ALREADY_REPORTED = "use_already_reported";
    public static final String VALIDITY_ENDED = "validity_ended";

    // push notifications: webhook endpoints, e-mail settings, passports
    public static final String NOT_URL = "not_url";
    public static final String NOT_HTTPS = "not_https";
    public static final String HOST_FORBIDDEN = "host_forbidden";
    public static final String UNKNOWN_WEBHOOK_EVENT = "unknown_webhook_event";
    public static final String TOO_MANY_ENDPOINTS = "too_many_endpoints";
    public static final String ALREADY_QUEUED = "already_queued";
    public static final String UNKNOWN_MAIL_KIND = "unknown_mail_kind";
    // DAC decision support: purpose checks, conflict and role rules, documents, discussion
    public static final String ALREADY_ANSWERED = "already_answered";
    public static final String ALREADY_DEPUTY = "already_deputy";
    public static final String ALREADY_OVERRIDDEN = "already_overridden";
    public static final String CHAIR_CONFLICT = "chair_conflict";
    public static final String CHAIR_ON_PANEL = "chair_on_panel";
    public static final String DOCUMENT_TOO_LARGE = "document_too_large";
    public static final String ETHICS_APPROVAL_MISSING = "ethics_approval_missing";
    public static final String NO_DATASET_LEFT = "no_dataset_left";
    public static final String NOT_DAC_MEMBER = "not_dac_member";
    public static final String NOT_DEPUTY = "not_deputy";
    public static final String NOT_REQUESTED = "not_requested";
    public static final String NOT_RESEARCHER = "not_researcher";
    public static final String OVERRIDE_NOT_NEEDED = "override_not_needed";
    public static final String PERMIT_MEMBER = "permit_member";
    public static final String PURPOSE_NOT_COMPATIBLE = "purpose_not_compatible";
    public static final String REVIEWER_IS_CHAIR = "reviewer_is_chair";
    public static final String UNSUPPORTED_DOCUMENT = "unsupported_document";

    // refusals made by the web layer before a service is reached
    public static final String ROLE_FORBIDS = "role_forbids";
    public static final String UNEXPECTED = "unexpected";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    public static final String NO_SUCH_PATH = "no_such_path";
    public static final String NOT_JSON = "not_json";
    public static final String NOT_MULTIPART = "not_multipart";
    public static final String TOO_LARGE = "too_large";
    public static final String SIGN_IN_LOCKED = "sign_in_locked";
    public static final String QUESTION_QUOTA = "question_quota";
    public static final String SUBJECT_QUOTA = "subject_quota";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String UNKNOWN_TOKEN = "unknown_token";
    /** A bearer JWT that is expired, wrongly signed, from another issuer or for another audience. */
    public static final String INVALID_TOKEN = "invalid_token";
    /** The command lost a race for its record (another instance changed it first) and was not stored. */
    public static final String CONCURRENT_CHANGE = "concurrent_change";

    // issue 10: guarded actions and the pages' own refusals
    /** A page's action that cannot be undone was posted without its confirmation ticked. */
    public static final String CONFIRMATION_REQUIRED = "confirmation_required";
    /** Activation needs an impact analysis of that revision, finished within the last 24 hours. */
    public static final String IMPACT_ANALYSIS_MISSING = "impact_analysis_missing";
    /** A node operator's person acts only for the node the directory names for them. */
    public static final String NOT_YOUR_NODE = "not_your_node";

    private ErrorCodes() {}
}
