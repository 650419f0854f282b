package org.imagingledger.policies.parity;

import java.util.ArrayList;
import java.util.List;

import static org.imagingledger.policies.parity.Scenario.BREAST_CANCER;
import static org.imagingledger.policies.parity.Scenario.DS;
import static org.imagingledger.policies.parity.Scenario.FROM;
import static org.imagingledger.policies.parity.Scenario.GRU;
import static org.imagingledger.policies.parity.Scenario.HMB;
import static org.imagingledger.policies.parity.Scenario.IRB;
import static org.imagingledger.policies.parity.Scenario.NOW;
import static org.imagingledger.policies.parity.Scenario.NRES;
import static org.imagingledger.policies.parity.Scenario.POA;
import static org.imagingledger.policies.parity.Scenario.UNTIL;
import static org.imagingledger.policies.parity.Scenario.allowedBase;

/** The parity table: every DUO rule, every permit state, consent cases and time edges. */
final class Scenarios {

    static final String LUNG_CANCER = "MONDO:0008903";
    static final String CANCER = "MONDO:0004992";
    static final String BREAST_CARCINOMA = "MONDO:0004989";
    static final String INVASIVE_DUCTAL = "MONDO:0004953";
    static final String NMDS = "DUO:0000015";
    static final String NPU = "DUO:0000045";
    static final String METHODS = "DUO:0000031";
    static final String ANCESTRY = "DUO:0000033";

    private static final String ACTIVE_ALL = """
            {"status": "ACTIVE", "datasets": [], "purposes": ["DUO:0000042"], "disease": null, "valid_until_ms": null}""";

    private Scenarios() {}

    static List<Scenario> all() {
        List<Scenario> s = new ArrayList<>();
        // DS: the named disease and its sub-diseases only
        s.add(allowedBase("ds_exact_disease_allowed").expectObligation(IRB));
        s.add(allowedBase("ds_child_disease_allowed").set("question.purpose.disease", BREAST_CARCINOMA));
        s.add(allowedBase("ds_great_grandchild_disease_allowed").set("question.purpose.disease", INVASIVE_DUCTAL));
        s.add(allowedBase("ds_sibling_disease_denied")
                .set("question.purpose.disease", LUNG_CANCER)
                .expectDeny("DUO_DISEASE_MISMATCH", "PURPOSE_NOT_ON_PERMIT"));
        s.add(allowedBase("ds_parent_disease_denied")
                .set("question.purpose.disease", CANCER)
                .expectDeny("DUO_DISEASE_MISMATCH", "PURPOSE_NOT_ON_PERMIT"));
        s.add(allowedBase("ds_no_disease_denied")
                .set("question.purpose.disease", null)
                .expectDeny("DUO_DISEASE_MISSING", "PURPOSE_NOT_ON_PERMIT"));
        s.add(allowedBase("ds_poa_denied")
                .set("question.purpose.codes", List.of(DS, POA))
                .set("permit.purpose.codes", List.of(DS, POA))
                .expectDeny("DUO_POA_NOT_ALLOWED"));
        // GRU and NRES: any research purpose
        s.add(allowedBase("gru_hmb_allowed").purposeEverywhere("[\"" + GRU + "\"]", null, HMB));
        s.add(allowedBase("gru_poa_allowed").purposeEverywhere("[\"" + GRU + "\"]", null, POA));
        s.add(allowedBase("gru_methods_development_allowed")
                .purposeEverywhere("[\"" + GRU + "\"]", null, "DUO:0000031"));
        s.add(allowedBase("nres_poa_allowed").purposeEverywhere("[\"" + NRES + "\"]", null, POA));
        // HMB: health research, not ancestry
        s.add(allowedBase("hmb_hmb_allowed").purposeEverywhere("[\"" + HMB + "\"]", null, HMB));
        s.add(allowedBase("hmb_disease_specific_allowed").purposeEverywhere("[\"" + HMB + "\"]", BREAST_CANCER, DS));
        s.add(allowedBase("hmb_biomedical_allowed").purposeEverywhere("[\"" + HMB + "\"]", null, "DUO:0000037"));
        s.add(allowedBase("hmb_drug_development_allowed").purposeEverywhere("[\"" + HMB + "\"]", null, "DUO:0000039"));
        s.add(allowedBase("hmb_poa_denied")
                .purposeEverywhere("[\"" + HMB + "\"]", null, POA)
                .expectDeny("DUO_POA_NOT_ALLOWED"));
        s.add(allowedBase("hmb_ancestry_research_denied")
                .purposeEverywhere("[\"" + HMB + "\"]", null, "DUO:0000033")
                .expectDeny("DUO_POA_NOT_ALLOWED"));
        s.add(allowedBase("hmb_general_research_only_denied")
                .purposeEverywhere("[\"" + HMB + "\"]", null, GRU)
                .expectDeny("DUO_NOT_HEALTH_RESEARCH"));
        // POA permission, missing or unknown permission
        s.add(allowedBase("poa_dataset_poa_purpose_allowed").purposeEverywhere("[\"" + POA + "\"]", null, POA));
        s.add(allowedBase("poa_dataset_hmb_purpose_denied")
                .purposeEverywhere("[\"" + POA + "\"]", null, HMB)
                .expectDeny("DUO_POA_ONLY"));
        s.add(allowedBase("no_permission_term_denied")
                .purposeEverywhere("[\"DUO:0000046\"]", null, HMB)
                .expectDeny("DUO_NO_PERMISSION"));
        s.add(allowedBase("unknown_condition_denied")
                .purposeEverywhere("[\"" + GRU + "\", \"DUO:9999999\"]", null, HMB)
                .expectDeny("DUO_UNKNOWN_CONDITION"));
        // Modifiers that restrict who and how
        s.add(allowedBase("ncu_commercial_denied")
                .set("question.purpose.commercial", true)
                .set("permit.purpose.commercial", true)
                .expectDeny("DUO_COMMERCIAL_USE"));
        s.add(withModifier("npu_for_profit_denied", "DUO:0000045")
                .set("question.purpose.for_profit", true)
                .set("permit.purpose.for_profit", true)
                .expectDeny("DUO_FOR_PROFIT_USE"));
        s.add(withModifier("npu_not_for_profit_allowed", "DUO:0000045"));
        s.add(withModifier("npuncu_commercial_denied", "DUO:0000018")
                .set("question.purpose.commercial", true)
                .set("permit.purpose.commercial", true)
                .expectDeny("DUO_COMMERCIAL_USE"));
        s.add(withModifier("npuncu_for_profit_denied", "DUO:0000018")
                .set("question.purpose.for_profit", true)
                .set("permit.purpose.for_profit", true)
                .expectDeny("DUO_FOR_PROFIT_USE"));
        s.add(withModifier("nmds_no_methods_allowed", "DUO:0000015"));
        s.add(withModifier("npoa_poa_denied", "DUO:0000044")
                .set("question.purpose.codes", List.of(POA))
                .set("permit.purpose.codes", List.of(POA))
                .expectDeny("DUO_POA_NOT_ALLOWED"));
        s.add(withModifier("gso_without_genetic_research_denied", "DUO:0000016").expectDeny("DUO_NOT_GENETIC"));
        s.add(withModifier("gso_genetic_research_allowed", "DUO:0000016")
                .set("question.purpose.codes", List.of(HMB, "DUO:0000038"))
                .set("permit.purpose.codes", List.of(HMB, "DUO:0000038")));
        // Methods development: NMDS allows it only within the bounds of the other conditions;
        // without NMDS, general methods development is allowed on GRU, HMB and DS data (not POA)
        s.add(withModifier("nmds_health_methods_flag_allowed", NMDS)
                .set("question.purpose.methods_development", true)
                .set("permit.purpose.methods_development", true));
        s.add(withModifier("nmds_health_methods_code_allowed", NMDS)
                .set("question.purpose.codes", List.of(HMB, METHODS))
                .set("permit.purpose.codes", List.of(HMB, METHODS)));
        s.add(allowedBase("gru_nmds_general_methods_denied")
                .purposeEverywhere(json(GRU, NMDS), null, METHODS)
                .expectDeny("DUO_METHODS_DEVELOPMENT"));
        s.add(allowedBase("gru_nmds_general_research_methods_flag_denied")
                .purposeEverywhere(json(GRU, NMDS), null, GRU)
                .set("question.purpose.methods_development", true)
                .set("permit.purpose.methods_development", true)
                .expectDeny("DUO_METHODS_DEVELOPMENT"));
        s.add(allowedBase("gru_npu_nmds_for_profit_general_methods_denied")
                .purposeEverywhere(json(GRU, NPU, NMDS), null, METHODS)
                .set("question.purpose.for_profit", true)
                .set("permit.purpose.for_profit", true)
                .expectDeny("DUO_FOR_PROFIT_USE", "DUO_METHODS_DEVELOPMENT"));
        s.add(allowedBase("ds_nmds_disease_methods_allowed")
                .purposeEverywhere(json(DS, NMDS, IRB), BREAST_CANCER, DS, METHODS)
                .expectObligation(IRB));
        s.add(allowedBase("ds_nmds_sub_disease_methods_allowed")
                .purposeEverywhere(json(DS, NMDS), BREAST_CANCER, DS, METHODS)
                .set("question.purpose.disease", INVASIVE_DUCTAL));
        s.add(allowedBase("ds_nmds_parent_disease_methods_denied")
                .purposeEverywhere(json(DS, NMDS), BREAST_CANCER, DS, METHODS)
                .set("question.purpose.disease", CANCER)
                .set("permit.purpose.disease", CANCER)
                .expectDeny("DUO_DISEASE_MISMATCH"));
        s.add(allowedBase("ds_nmds_general_methods_denied")
                .purposeEverywhere(json(DS, NMDS), BREAST_CANCER, METHODS)
                .set("question.purpose.disease", null)
                .set("permit.purpose.disease", null)
                .expectDeny("DUO_DISEASE_MISSING", "DUO_METHODS_DEVELOPMENT"));
        s.add(allowedBase("hmb_nmds_health_methods_allowed").purposeEverywhere(json(HMB, NMDS), null, HMB, METHODS));
        s.add(allowedBase("hmb_nmds_general_methods_denied")
                .purposeEverywhere(json(HMB, NMDS), null, METHODS)
                .expectDeny("DUO_METHODS_DEVELOPMENT", "DUO_NOT_HEALTH_RESEARCH"));
        s.add(allowedBase("hmb_general_methods_allowed").purposeEverywhere(json(HMB), null, METHODS));
        s.add(allowedBase("ds_general_methods_allowed")
                .purposeEverywhere(json(DS), BREAST_CANCER, METHODS)
                .set("question.purpose.disease", null)
                .set("permit.purpose.disease", null));
        s.add(allowedBase("ds_methods_other_disease_denied")
                .purposeEverywhere(json(DS), BREAST_CANCER, METHODS)
                .set("question.purpose.disease", LUNG_CANCER)
                .set("permit.purpose.disease", LUNG_CANCER)
                .expectDeny("DUO_DISEASE_MISMATCH"));
        s.add(allowedBase("poa_ancestry_methods_allowed").purposeEverywhere(json(POA), null, ANCESTRY, METHODS));
        s.add(allowedBase("poa_general_methods_denied")
                .purposeEverywhere(json(POA), null, METHODS)
                .expectDeny("DUO_POA_ONLY"));
        // Modifiers that become obligations
        Scenario many = withModifier("obligation_modifiers_allowed", "DUO:0000022");
        many.setJson(
                "dataset.conditions.codes",
                "[\"" + GRU + "\", \"DUO:0000019\", \"DUO:0000020\", \"DUO:0000022\","
                        + " \"DUO:0000024\", \"DUO:0000025\", \"DUO:0000026\", \"DUO:0000027\", \"DUO:0000028\", \"DUO:0000029\"]");
        for (String code : List.of(
                "DUO:0000019",
                "DUO:0000020",
                "DUO:0000022",
                "DUO:0000024",
                "DUO:0000025",
                "DUO:0000026",
                "DUO:0000027",
                "DUO:0000028",
                "DUO:0000029")) {
            many.expectObligation(code);
        }
        s.add(many);
        s.add(allowedBase("permit_conditions_allowed")
                .set("permit.conditions", List.of("Publish with the consortium"))
                .expectObligation("PERMIT_CONDITION")
                .expectObligation(IRB));
        // Permit states and coverage
        s.add(allowedBase("permit_suspended_denied")
                .set("permit.status", "SUSPENDED")
                .expectDeny("PERMIT_SUSPENDED"));
        s.add(allowedBase("permit_revoked_denied")
                .set("permit.status", "REVOKED")
                .expectDeny("PERMIT_REVOKED"));
        s.add(allowedBase("permit_expired_denied")
                .set("permit.status", "EXPIRED")
                .expectDeny("PERMIT_EXPIRED"));
        s.add(allowedBase("permit_unknown_denied").set("permit", null).expectDeny("PERMIT_UNKNOWN"));
        s.add(allowedBase("principal_not_member_denied")
                .set("question.principal", "mallory")
                .expectDeny("PRINCIPAL_NOT_ON_PERMIT"));
        s.add(allowedBase("team_member_allowed").set("question.principal", "remo.researcher"));
        s.add(allowedBase("dataset_not_on_permit_denied")
                .set("permit.datasets", List.of("ds-lung"))
                .expectDeny("DATASET_NOT_ON_PERMIT"));
        s.add(allowedBase("operation_not_on_permit_denied")
                .set("question.operation", "DOWNLOAD")
                .expectDeny("OPERATION_NOT_ON_PERMIT"));
        s.add(allowedBase("second_operation_allowed").set("question.operation", "FEDERATED_INFERENCE"));
        s.add(allowedBase("purpose_code_not_on_permit_denied")
                .set("question.purpose.codes", List.of(DS, HMB))
                .expectDeny("PURPOSE_NOT_ON_PERMIT"));
        s.add(gru("commercial_question_on_noncommercial_permit_denied")
                .set("question.purpose.commercial", true)
                .expectDeny("PURPOSE_NOT_ON_PERMIT"));
        s.add(gru("for_profit_question_on_permit_denied")
                .set("question.purpose.for_profit", true)
                .expectDeny("PURPOSE_NOT_ON_PERMIT"));
        s.add(gru("methods_question_on_permit_denied")
                .set("question.purpose.methods_development", true)
                .expectDeny("PURPOSE_NOT_ON_PERMIT"));
        s.add(gru("commercial_permit_commercial_question_allowed")
                .set("question.purpose.commercial", true)
                .set("permit.purpose.commercial", true));
        // Time edges: the period is [valid_from, valid_until)
        s.add(allowedBase("at_valid_from_allowed").set("now_ms", FROM));
        s.add(allowedBase("just_before_valid_from_denied")
                .set("now_ms", FROM - 1)
                .expectDeny("PERMIT_NOT_YET_VALID"));
        s.add(allowedBase("just_before_valid_until_allowed").set("now_ms", UNTIL - 1));
        s.add(allowedBase("at_valid_until_denied").set("now_ms", UNTIL).expectDeny("PERMIT_PERIOD_ENDED"));
        s.add(allowedBase("expired_status_and_period_denied")
                .set("now_ms", UNTIL + 86_400_000L)
                .set("permit.status", "EXPIRED")
                .expectDeny("PERMIT_EXPIRED", "PERMIT_PERIOD_ENDED"));
        // The dataset
        s.add(allowedBase("dataset_unknown_denied").set("dataset", null).expectDeny("DATASET_UNKNOWN"));
        s.add(allowedBase("dataset_retired_denied")
                .set("dataset.status", "RETIRED")
                .expectDeny("DATASET_RETIRED"));
        s.add(allowedBase("node_not_holder_denied").set("node", "node-milan").expectDeny("NODE_NOT_HOLDER"));
        // Consents of the subjects named
        s.add(allowedBase("all_subjects_consented_allowed")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .consent("s2", ACTIVE_ALL));
        s.add(allowedBase("withdrawn_subject_excluded_allowed")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .consent("s2", ACTIVE_ALL.replace("ACTIVE", "WITHDRAWN"))
                .expectExcluded("s2", "CONSENT_WITHDRAWN"));
        s.add(allowedBase("expired_consent_excluded_allowed")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .consent("s2", ACTIVE_ALL.replace("\"valid_until_ms\": null", "\"valid_until_ms\": " + (NOW - 1)))
                .expectExcluded("s2", "CONSENT_EXPIRED"));
        s.add(allowedBase("consent_ending_now_excluded_allowed")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .consent("s2", ACTIVE_ALL.replace("\"valid_until_ms\": null", "\"valid_until_ms\": " + NOW))
                .expectExcluded("s2", "CONSENT_EXPIRED"));
        s.add(allowedBase("consent_valid_until_later_allowed")
                .subjects("s1")
                .consent("s1", ACTIVE_ALL.replace("\"valid_until_ms\": null", "\"valid_until_ms\": " + (NOW + 1))));
        s.add(allowedBase("consent_other_dataset_excluded_allowed")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .consent("s2", ACTIVE_ALL.replace("\"datasets\": []", "\"datasets\": [\"ds-lung\"]"))
                .expectExcluded("s2", "CONSENT_DATASET_NOT_COVERED"));
        s.add(allowedBase("consent_naming_dataset_allowed")
                .subjects("s1")
                .consent("s1", ACTIVE_ALL.replace("\"datasets\": []", "\"datasets\": [\"ds-breast\"]")));
        s.add(allowedBase("consent_other_disease_excluded_allowed")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .consent(
                        "s2",
                        ACTIVE_ALL.replace(
                                "[\"DUO:0000042\"], \"disease\": null",
                                "[\"DUO:0000007\"], \"disease\": \"" + LUNG_CANCER + "\""))
                .expectExcluded("s2", "CONSENT_PURPOSE_NOT_COVERED"));
        s.add(allowedBase("consent_hmb_covers_ds_allowed")
                .subjects("s1")
                .consent("s1", ACTIVE_ALL.replace("DUO:0000042", HMB)));
        s.add(gru("consent_ncu_commercial_excluded_allowed")
                .set("question.purpose.commercial", true)
                .set("permit.purpose.commercial", true)
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .consent("s2", ACTIVE_ALL.replace("[\"DUO:0000042\"]", "[\"DUO:0000042\", \"DUO:0000046\"]"))
                .expectExcluded("s2", "CONSENT_PURPOSE_NOT_COVERED"));
        s.add(allowedBase("subject_without_consent_excluded_allowed")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL)
                .expectExcluded("s2", "NO_CONSENT"));
        s.add(allowedBase("no_subject_remains_denied")
                .subjects("s1", "s2")
                .consent("s1", ACTIVE_ALL.replace("ACTIVE", "WITHDRAWN"))
                .expectDeny("NO_SUBJECTS_REMAIN"));
        // Broken input and several failures at once
        s.add(allowedBase("missing_time_denied").remove("now_ms").expectDeny("INPUT_INVALID"));
        s.add(allowedBase("subjects_not_a_list_denied")
                .set("question.subjects", "s1")
                .expectDeny("INPUT_INVALID"));
        s.add(allowedBase("no_purpose_codes_denied")
                .set("question.purpose.codes", List.of())
                .expectDeny("INPUT_INVALID"));
        s.add(allowedBase("several_failures_denied")
                .set("permit.status", "SUSPENDED")
                .set("permit.datasets", List.of("ds-lung"))
                .set("question.purpose.commercial", true)
                .expectDeny(
                        "PERMIT_SUSPENDED", "DATASET_NOT_ON_PERMIT", "DUO_COMMERCIAL_USE", "PURPOSE_NOT_ON_PERMIT"));
        return s;
    }

    /** A GRU dataset with HMB research on an HMB permit, plus one modifier. */
    private static Scenario withModifier(String name, String modifier) {
        return allowedBase(name).purposeEverywhere("[\"" + GRU + "\", \"" + modifier + "\"]", null, HMB);
    }

    /** A JSON array of DUO ids. */
    static String json(String... codes) {
        return "[\"" + String.join("\", \"", codes) + "\"]";
    }

    private static Scenario gru(String name) {
        return allowedBase(name).purposeEverywhere("[\"" + GRU + "\"]", null, HMB);
    }
}
