package imagingledger.duo_test

import data.imagingledger.duo

# Purposes and conditions, in DUO ids.
gru := "DUO:0000042"

nres := "DUO:0000004"

hmb := "DUO:0000006"

ds := "DUO:0000007"

poa := "DUO:0000011"

breast_cancer := "MONDO:0007254"

breast_carcinoma := "MONDO:0004989"

invasive_ductal_breast_carcinoma := "MONDO:0004953"

lung_cancer := "MONDO:0008903"

cancer := "MONDO:0004992"

research(codes) := {
	"codes": codes, "disease": null,
	"commercial": false, "for_profit": false, "methods_development": false,
}

disease_research(disease) := object.union(research([ds]), {"disease": disease})

when(codes) := {"codes": codes, "disease": null}

ds_when(disease) := {"codes": [ds], "disease": disease}

matches(purpose, conditions) if count(duo.reasons(purpose, conditions)) == 0

fails(purpose, conditions, code) if duo.reasons(purpose, conditions) == {code}

# GRU and NRES: any research purpose.
test_gru_health_research_allowed if matches(research([hmb]), when([gru]))

test_gru_population_origins_allowed if matches(research([poa]), when([gru]))

test_gru_ancestry_research_allowed if matches(research(["DUO:0000033"]), when([gru]))

test_gru_non_health_research_allowed if matches(research(["DUO:0000036"]), when([gru]))

test_gru_commercial_allowed if matches(object.union(research([gru]), {"commercial": true}), when([gru]))

test_nres_population_origins_allowed if matches(research([poa]), when([nres]))

test_nres_general_research_allowed if matches(research([gru]), when([nres]))

# HMB: health, medical, biomedical and disease-specific research; not POA.
test_hmb_health_research_allowed if matches(research([hmb]), when([hmb]))

test_hmb_disease_specific_research_allowed if matches(disease_research(lung_cancer), when([hmb]))

test_hmb_biomedical_research_allowed if matches(research(["DUO:0000037"]), when([hmb]))

test_hmb_genetic_research_allowed if matches(research(["DUO:0000038"]), when([hmb]))

test_hmb_drug_development_allowed if matches(research(["DUO:0000039"]), when([hmb]))

test_hmb_disease_category_research_allowed if matches(research(["DUO:0000040"]), when([hmb]))

test_hmb_disease_named_without_code_allowed if {
	matches(object.union(research(["DUO:0000036"]), {"disease": cancer}), when([hmb]))
}

test_hmb_population_origins_denied if {
	duo.reasons(research([poa]), when([hmb])) == {"DUO_POA_NOT_ALLOWED", "DUO_NOT_HEALTH_RESEARCH"}
}

test_hmb_ancestry_research_with_health_code_denied if {
	fails(research([hmb, "DUO:0000033"]), when([hmb]), "DUO_POA_NOT_ALLOWED")
}

test_hmb_general_research_denied if fails(research([gru]), when([hmb]), "DUO_NOT_HEALTH_RESEARCH")

test_hmb_research_control_denied if fails(research(["DUO:0000036"]), when([hmb]), "DUO_NOT_HEALTH_RESEARCH")

# DS: the named disease and its sub-diseases in the Mondo hierarchy.
test_ds_same_disease_allowed if matches(disease_research(breast_cancer), ds_when(breast_cancer))

test_ds_child_disease_allowed if matches(disease_research(breast_carcinoma), ds_when(breast_cancer))

test_ds_grandchild_disease_allowed if {
	# invasive ductal breast carcinoma -> invasive breast carcinoma -> breast carcinoma -> breast cancer
	matches(disease_research(invasive_ductal_breast_carcinoma), ds_when(breast_cancer))
}

test_ds_descendant_of_cancer_allowed if matches(disease_research(invasive_ductal_breast_carcinoma), ds_when(cancer))

test_ds_sibling_disease_denied if fails(disease_research(lung_cancer), ds_when(breast_cancer), "DUO_DISEASE_MISMATCH")

test_ds_parent_disease_denied if fails(disease_research(cancer), ds_when(breast_cancer), "DUO_DISEASE_MISMATCH")

test_ds_cousin_disease_denied if {
	# lung adenocarcinoma is an adenocarcinoma in the ontology, not a breast cancer
	fails(disease_research("MONDO:0005061"), ds_when("MONDO:0004988"), "DUO_DISEASE_MISMATCH")
}

test_ds_unknown_disease_denied if {
	fails(disease_research("MONDO:9999999"), ds_when(breast_cancer), "DUO_DISEASE_MISMATCH")
}

test_ds_disease_missing_denied if fails(research([ds]), ds_when(breast_cancer), "DUO_DISEASE_MISSING")

test_ds_conditions_without_disease_denied if {
	fails(disease_research(breast_cancer), ds_when(null), "DUO_DISEASE_MISMATCH")
}

test_ds_population_origins_denied if {
	purpose := object.union(disease_research(breast_cancer), {"codes": [ds, poa]})
	fails(purpose, ds_when(breast_cancer), "DUO_POA_NOT_ALLOWED")
}

# POA: population origins or ancestry research only.
test_poa_population_origins_allowed if matches(research([poa]), when([poa]))

test_poa_ancestry_research_allowed if matches(research(["DUO:0000033"]), when([poa]))

test_poa_health_research_denied if fails(research([hmb]), when([poa]), "DUO_POA_ONLY")

# Conditions without a permission term, or with a term DUO does not have.
test_no_permission_term_denied if fails(research([hmb]), when(["DUO:0000021"]), "DUO_NO_PERMISSION")

test_no_conditions_denied if fails(research([hmb]), {}, "DUO_NO_PERMISSION")

test_null_conditions_denied if fails(research([hmb]), null, "DUO_NO_PERMISSION")

test_unknown_condition_denied if fails(research([hmb]), when([gru, "DUO:9999999"]), "DUO_UNKNOWN_CONDITION")

test_non_string_condition_denied if fails(research([hmb]), when([gru, 42]), "DUO_UNKNOWN_CONDITION")

# NCU, NPU, NPUNCU: commercial and for-profit use.
test_ncu_non_commercial_allowed if matches(research([hmb]), when([hmb, "DUO:0000046"]))

test_ncu_commercial_denied if {
	fails(object.union(research([hmb]), {"commercial": true}), when([hmb, "DUO:0000046"]), "DUO_COMMERCIAL_USE")
}

test_ncu_for_profit_allowed if matches(object.union(research([hmb]), {"for_profit": true}), when([hmb, "DUO:0000046"]))

test_npu_for_profit_denied if {
	fails(object.union(research([hmb]), {"for_profit": true}), when([hmb, "DUO:0000045"]), "DUO_FOR_PROFIT_USE")
}

test_npu_commercial_allowed if matches(object.union(research([hmb]), {"commercial": true}), when([hmb, "DUO:0000045"]))

test_npuncu_commercial_denied if {
	fails(object.union(research([hmb]), {"commercial": true}), when([gru, "DUO:0000018"]), "DUO_COMMERCIAL_USE")
}

test_npuncu_for_profit_denied if {
	fails(object.union(research([hmb]), {"for_profit": true}), when([gru, "DUO:0000018"]), "DUO_FOR_PROFIT_USE")
}

test_npuncu_both_denied if {
	purpose := object.union(research([hmb]), {"commercial": true, "for_profit": true})
	duo.reasons(purpose, when([gru, "DUO:0000018"])) == {"DUO_COMMERCIAL_USE", "DUO_FOR_PROFIT_USE"}
}

test_npuncu_not_for_profit_allowed if matches(research([hmb]), when([gru, "DUO:0000018"]))

test_commercial_flag_must_be_true_allowed if {
	matches(object.union(research([hmb]), {"commercial": "yes"}), when([hmb, "DUO:0000046"]))
}

# NMDS: methods development only within the bounds of the other conditions (more in table_test.rego).
test_nmds_health_methods_flag_allowed if {
	matches(object.union(research([hmb]), {"methods_development": true}), when([hmb, "DUO:0000015"]))
}

test_nmds_health_methods_code_allowed if matches(research([hmb, "DUO:0000031"]), when([hmb, "DUO:0000015"]))

test_nmds_general_methods_code_denied if {
	fails(research(["DUO:0000031"]), when([gru, "DUO:0000015"]), "DUO_METHODS_DEVELOPMENT")
}

test_nmds_general_research_methods_flag_denied if {
	purpose := object.union(research([gru]), {"methods_development": true})
	fails(purpose, when([gru, "DUO:0000015"]), "DUO_METHODS_DEVELOPMENT")
}

test_nmds_other_research_allowed if matches(research([hmb]), when([hmb, "DUO:0000015"]))

test_methods_development_without_nmds_allowed if {
	matches(object.union(research([hmb, "DUO:0000031"]), {"methods_development": true}), when([hmb]))
}

test_general_methods_on_hmb_allowed if matches(research(["DUO:0000031"]), when([hmb]))

test_general_methods_on_ds_allowed if matches(research(["DUO:0000031"]), ds_when(breast_cancer))

test_general_methods_on_poa_denied if fails(research(["DUO:0000031"]), when([poa]), "DUO_POA_ONLY")

# NPOA: population origins or ancestry research prohibited.
test_npoa_population_origins_denied if fails(research([poa]), when([gru, "DUO:0000044"]), "DUO_POA_NOT_ALLOWED")

test_npoa_ancestry_research_denied if {
	fails(research(["DUO:0000033"]), when([gru, "DUO:0000044"]), "DUO_POA_NOT_ALLOWED")
}

test_npoa_health_research_allowed if matches(research([hmb]), when([gru, "DUO:0000044"]))

# GSO: genetic studies only.
test_gso_genetic_research_allowed if matches(research([hmb, "DUO:0000038"]), when([hmb, "DUO:0000016"]))

test_gso_non_genetic_research_denied if fails(research([hmb]), when([hmb, "DUO:0000016"]), "DUO_NOT_GENETIC")

# Obligation-type modifiers.
test_obligation_codes_are_the_obligation_modifiers if {
	codes := [gru, "DUO:0000046", "DUO:0000021", "DUO:0000019", "DUO:0000029", "DUO:0000043"]
	duo.obligation_codes(when(codes)) == {"DUO:0000021", "DUO:0000019", "DUO:0000029", "DUO:0000043"}
}

test_every_obligation_modifier_is_a_duo_modifier if {
	every code in duo.obligation_terms {
		duo.vocab.duo[code].kind == "modifier"
	}
}

test_obligation_modifiers_do_not_restrict_allowed if {
	matches(research([hmb]), when(array.concat([hmb], [code | some code in duo.obligation_terms])))
}

test_obligation_shape if {
	duo.obligation("DUO:0000021") == {"code": "DUO:0000021", "shorthand": "IRB", "message": "ethics approval required"}
}

test_obligation_shape_time_limit if {
	duo.obligation("DUO:0000025") == {"code": "DUO:0000025", "shorthand": "TS", "message": "time limit on use"}
}

# The Mondo hierarchy.
test_within_self_allowed if duo.within(breast_cancer, breast_cancer)

test_within_ancestor_allowed if duo.within(invasive_ductal_breast_carcinoma, "MONDO:0005070")

test_within_descendant_denied if not duo.within(breast_cancer, breast_carcinoma)

test_within_null_denied if not duo.within(null, null)

test_every_reason_has_a_duo_prefix if {
	every code, _ in duo.reason_messages {
		startswith(code, "DUO_")
	}
}

test_ds_purpose_without_disease_field_denied if {
	fails({"codes": [ds], "commercial": false}, ds_when(breast_cancer), "DUO_DISEASE_MISSING")
}

test_ds_conditions_without_disease_field_denied if {
	fails(disease_research(breast_cancer), when([ds]), "DUO_DISEASE_MISMATCH")
}
