package org.imagingledger.policies.parity;

import java.util.ArrayList;
import java.util.List;

import static org.imagingledger.policies.parity.Scenario.DS;
import static org.imagingledger.policies.parity.Scenario.GRU;
import static org.imagingledger.policies.parity.Scenario.HMB;
import static org.imagingledger.policies.parity.Scenario.IRB;
import static org.imagingledger.policies.parity.Scenario.NCU;
import static org.imagingledger.policies.parity.Scenario.POA;
import static org.imagingledger.policies.parity.Scenario.purposeBase;
import static org.imagingledger.policies.parity.Scenarios.ANCESTRY;
import static org.imagingledger.policies.parity.Scenarios.BREAST_CARCINOMA;
import static org.imagingledger.policies.parity.Scenarios.CANCER;
import static org.imagingledger.policies.parity.Scenarios.INVASIVE_DUCTAL;
import static org.imagingledger.policies.parity.Scenarios.LUNG_CANCER;
import static org.imagingledger.policies.parity.Scenarios.METHODS;
import static org.imagingledger.policies.parity.Scenarios.NMDS;
import static org.imagingledger.policies.parity.Scenarios.NPU;
import static org.imagingledger.policies.parity.Scenarios.json;

/**
 * The parity table of the purpose check at review (entry point
 * imagingledger/access/purpose_check): the DUO rules it shares with the decision, the dataset's
 * state, the obligations an applicant must meet, and broken input.
 */
final class PurposeScenarios {

    private static final String PUB = "DUO:0000019";
    private static final String RTN = "DUO:0000029";

    private PurposeScenarios() {}

    static List<Scenario> all() {
        List<Scenario> s = new ArrayList<>();
        // DS and the Mondo hierarchy
        s.add(purposeBase("check_ds_exact_disease_allowed").expectObligation(IRB));
        s.add(purposeBase("check_ds_sub_disease_allowed")
                .set("purpose.disease", INVASIVE_DUCTAL)
                .expectObligation(IRB));
        s.add(purposeBase("check_ds_parent_disease_denied")
                .set("purpose.disease", CANCER)
                .expectDeny("DUO_DISEASE_MISMATCH"));
        s.add(purposeBase("check_ds_sibling_disease_denied")
                .set("purpose.disease", LUNG_CANCER)
                .expectDeny("DUO_DISEASE_MISMATCH"));
        s.add(purposeBase("check_ds_no_disease_denied")
                .set("purpose.disease", null)
                .expectDeny("DUO_DISEASE_MISSING"));
        s.add(purposeBase("check_ds_commercial_denied")
                .set("purpose.commercial", true)
                .expectDeny("DUO_COMMERCIAL_USE"));
        // Methods development (NMDS and its absence)
        s.add(purposeBase("check_ds_nmds_disease_methods_allowed")
                .setJson("dataset.conditions.codes", json(DS, NMDS, IRB))
                .set("purpose.codes", List.of(DS, METHODS))
                .set("purpose.disease", BREAST_CARCINOMA)
                .expectObligation(IRB));
        s.add(purposeBase("check_ds_nmds_methods_flag_allowed")
                .setJson("dataset.conditions.codes", json(DS, NMDS))
                .set("purpose.methods_development", true));
        s.add(purposeBase("check_ds_nmds_parent_disease_methods_denied")
                .setJson("dataset.conditions.codes", json(DS, NMDS))
                .set("purpose.codes", List.of(DS, METHODS))
                .set("purpose.disease", CANCER)
                .expectDeny("DUO_DISEASE_MISMATCH"));
        s.add(purposeBase("check_ds_nmds_general_methods_denied")
                .setJson("dataset.conditions.codes", json(DS, NMDS))
                .set("purpose.codes", List.of(METHODS))
                .set("purpose.disease", null)
                .expectDeny("DUO_DISEASE_MISSING", "DUO_METHODS_DEVELOPMENT"));
        s.add(purposeBase("check_ds_general_methods_allowed")
                .set("purpose.codes", List.of(METHODS))
                .set("purpose.disease", null)
                .expectObligation(IRB));
        s.add(purposeBase("check_hmb_general_methods_allowed")
                .setJson("dataset.conditions.codes", json(HMB))
                .set("dataset.conditions.disease", null)
                .set("purpose.codes", List.of(METHODS))
                .set("purpose.disease", null));
        s.add(purposeBase("check_hmb_nmds_health_methods_allowed")
                .setJson("dataset.conditions.codes", json(HMB, NMDS))
                .set("dataset.conditions.disease", null)
                .set("purpose.codes", List.of(HMB, METHODS))
                .set("purpose.disease", null));
        s.add(purposeBase("check_hmb_nmds_general_methods_denied")
                .setJson("dataset.conditions.codes", json(HMB, NMDS))
                .set("dataset.conditions.disease", null)
                .set("purpose.codes", List.of(METHODS))
                .set("purpose.disease", null)
                .expectDeny("DUO_METHODS_DEVELOPMENT", "DUO_NOT_HEALTH_RESEARCH"));
        s.add(purposeBase("check_gru_npu_nmds_general_methods_denied")
                .setJson("dataset.conditions.codes", json(GRU, NPU, NMDS))
                .set("dataset.conditions.disease", null)
                .set("purpose.codes", List.of(GRU))
                .set("purpose.disease", null)
                .set("purpose.methods_development", true)
                .expectDeny("DUO_METHODS_DEVELOPMENT"));
        s.add(purposeBase("check_poa_general_methods_denied")
                .setJson("dataset.conditions.codes", json(POA))
                .set("dataset.conditions.disease", null)
                .set("purpose.codes", List.of(METHODS))
                .set("purpose.disease", null)
                .expectDeny("DUO_POA_ONLY"));
        s.add(purposeBase("check_poa_ancestry_methods_allowed")
                .setJson("dataset.conditions.codes", json(POA))
                .set("dataset.conditions.disease", null)
                .set("purpose.codes", List.of(ANCESTRY, METHODS))
                .set("purpose.disease", null));
        // Obligations the applicant must meet (sorted by code), and none on a deny
        s.add(purposeBase("check_obligations_allowed")
                .setJson("dataset.conditions.codes", json(GRU, RTN, IRB, PUB, NCU))
                .set("dataset.conditions.disease", null)
                .expectObligation(PUB)
                .expectObligation(IRB)
                .expectObligation(RTN));
        // The dataset
        s.add(purposeBase("check_dataset_unknown_denied").set("dataset", null).expectDeny("DATASET_UNKNOWN"));
        s.add(purposeBase("check_dataset_retired_denied")
                .set("dataset.status", "RETIRED")
                .expectDeny("DATASET_RETIRED"));
        s.add(purposeBase("check_no_permission_denied")
                .setJson("dataset.conditions.codes", json(NCU))
                .expectDeny("DUO_NO_PERMISSION"));
        s.add(purposeBase("check_unknown_condition_denied")
                .setJson("dataset.conditions.codes", json(DS, "DUO:9999999"))
                .expectDeny("DUO_UNKNOWN_CONDITION"));
        // Broken input
        s.add(purposeBase("check_no_operations_denied")
                .set("operations", List.of())
                .expectDeny("INPUT_INVALID"));
        s.add(purposeBase("check_missing_time_denied").remove("now_ms").expectDeny("INPUT_INVALID"));
        s.add(purposeBase("check_no_purpose_codes_denied")
                .set("purpose.codes", List.of())
                .expectDeny("INPUT_INVALID"));
        s.add(purposeBase("check_several_failures_denied")
                .set("dataset.status", "RETIRED")
                .set("purpose.commercial", true)
                .set("operations", "DOWNLOAD")
                .expectDeny("DATASET_RETIRED", "DUO_COMMERCIAL_USE", "INPUT_INVALID"));
        return s;
    }
}
