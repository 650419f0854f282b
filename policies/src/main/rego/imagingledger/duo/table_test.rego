# DUO matching as a table: research purpose x data-use conditions -> the reasons it fails
# (empty: it matches). Each row is written from the term definitions in DUO-MATCHING.md, not
# from the policy. `table_failures` lists every row whose reasons differ, with what the row
# expected and got; check-policies.sh prints it when a test fails.
package imagingledger.duo_test

import data.imagingledger.duo

# Research types and modifiers (the permissions and the diseases are in match_test.rego).
md := "DUO:0000031" # method development

population := "DUO:0000032" # population research

ancestry := "DUO:0000033" # ancestry research

control := "DUO:0000036" # research control

biomedical := "DUO:0000037" # biomedical research

genetic := "DUO:0000038" # genetic research

drug := "DUO:0000039" # drug development research

nmds := "DUO:0000015"

gso := "DUO:0000016"

npuncu := "DUO:0000018"

npoa := "DUO:0000044"

npu := "DUO:0000045"

ncu := "DUO:0000046"

irb := "DUO:0000021"

pub := "DUO:0000019"

col := "DUO:0000020"

# The purpose's flags.
plain := {}

methods := {"methods_development": true}

commercial := {"commercial": true}

for_profit := {"for_profit": true}

commercial_for_profit := {"commercial": true, "for_profit": true}

# The reasons, short.
no_methods := "DUO_METHODS_DEVELOPMENT"

not_health := "DUO_NOT_HEALTH_RESEARCH"

no_poa := "DUO_POA_NOT_ALLOWED"

poa_only := "DUO_POA_ONLY"

no_disease := "DUO_DISEASE_MISSING"

mismatch := "DUO_DISEASE_MISMATCH"

no_commercial := "DUO_COMMERCIAL_USE"

no_profit := "DUO_FOR_PROFIT_USE"

not_genetic := "DUO_NOT_GENETIC"

# wants(codes, disease, flags): a research purpose; limits(codes, disease): data-use conditions.
wants(codes, disease, flags) := object.union(object.union(research(codes), {"disease": disease}), flags)

limits(codes, disease) := {"codes": codes, "disease": disease}

# Diseases (Mondo): breast cancer > breast carcinoma > ... > invasive ductal breast carcinoma;
# lung cancer is a sibling of breast cancer, cancer (MONDO:0004992, `cancer`) their ancestor.
breast := "MONDO:0007254"

carcinoma := "MONDO:0004989"

idc := "MONDO:0004953"

lung := "MONDO:0008903"

# [case, purpose, conditions, expected reasons]
table := [
	# GRU and NRES: "use is allowed for general research use for any research purpose"; no NMDS,
	# so general methods development too.
	["gru_health_research", wants([hmb], null, plain), limits([gru], null), set()],
	["gru_general_research", wants([gru], null, plain), limits([gru], null), set()],
	["gru_general_methods", wants([md], null, plain), limits([gru], null), set()],
	["gru_general_research_methods_flag", wants([gru], null, methods), limits([gru], null), set()],
	["gru_ancestry_research", wants([ancestry], null, plain), limits([gru], null), set()],
	["gru_commercial_for_profit_methods", wants([md], null, commercial_for_profit), limits([gru], null), set()],
	["nres_general_methods", wants([md], null, plain), limits([nres], null), set()],
	["nres_nmds_general_methods", wants([md], null, plain), limits([nres, nmds], null), {no_methods}],
	["nres_nmds_ancestry_methods", wants([ancestry, md], null, plain), limits([nres, nmds], null), set()],
	# HMB without NMDS: health/medical/biomedical research, not population origins or ancestry;
	# general methods development is allowed (no NMDS), general research is not.
	["hmb_general_methods", wants([md], null, plain), limits([hmb], null), set()],
	["hmb_research_control_methods_flag", wants([control], null, methods), limits([hmb], null), set()],
	["hmb_health_methods", wants([hmb, md], null, plain), limits([hmb], null), set()],
	["hmb_general_research_methods", wants([gru, md], null, plain), limits([hmb], null), {not_health}],
	["hmb_ancestry_methods", wants([ancestry, md], null, plain), limits([hmb], null), {no_poa}],
	["hmb_research_control", wants([control], null, plain), limits([hmb], null), {not_health}],
	["hmb_population_origins", wants([poa], null, plain), limits([hmb], null), {no_poa, not_health}],
	["hmb_drug_development", wants([drug], null, plain), limits([hmb], null), set()],
	["hmb_disease_named", wants([control], lung, plain), limits([hmb], null), set()],
	["hmb_population_research", wants([population], null, plain), limits([hmb], null), {not_health}],
	# HMB + NMDS: methods development only for health research.
	["hmb_nmds_health_methods", wants([hmb, md], null, plain), limits([hmb, nmds], null), set()],
	["hmb_nmds_health_methods_flag", wants([hmb], null, methods), limits([hmb, nmds], null), set()],
	["hmb_nmds_genetic_methods", wants([genetic, md], null, plain), limits([hmb, nmds], null), set()],
	["hmb_nmds_biomedical_methods", wants([biomedical, md], null, plain), limits([hmb, nmds], null), set()],
	["hmb_nmds_disease_methods", wants([md], lung, plain), limits([hmb, nmds], null), set()],
	["hmb_nmds_general_methods", wants([md], null, plain), limits([hmb, nmds], null), {no_methods, not_health}],
	["hmb_nmds_general_research_methods", wants([gru, hmb, md], null, plain), limits([hmb, nmds], null), {no_methods}],
	["hmb_nmds_health_research", wants([hmb], null, plain), limits([hmb, nmds], null), set()],
	[
		"hmb_nmds_research_control_methods_flag", wants([control], null, methods), limits([hmb, nmds], null),
		{no_methods, not_health},
	],
	["hmb_nmds_ancestry_methods", wants([ancestry, md], null, plain), limits([hmb, nmds], null), {no_poa, not_health}],
	# DS without NMDS: "use is allowed provided it is related to the specified disease" (and its
	# sub-diseases); general methods development is allowed (no NMDS).
	["ds_same_disease", wants([ds], breast, plain), limits([ds], breast), set()],
	["ds_sub_disease", wants([ds], carcinoma, plain), limits([ds], breast), set()],
	["ds_sub_sub_disease", wants([ds], idc, plain), limits([ds], breast), set()],
	["ds_parent_disease", wants([ds], cancer, plain), limits([ds], breast), {mismatch}],
	["ds_sibling_disease", wants([ds], lung, plain), limits([ds], breast), {mismatch}],
	["ds_dataset_parent_disease", wants([ds], idc, plain), limits([ds], cancer), set()],
	["ds_dataset_sub_disease", wants([ds], breast, plain), limits([ds], carcinoma), {mismatch}],
	["ds_no_disease", wants([ds], null, plain), limits([ds], breast), {no_disease}],
	["ds_general_methods", wants([md], null, plain), limits([ds], breast), set()],
	["ds_health_methods_flag", wants([hmb], null, methods), limits([ds], breast), set()],
	["ds_methods_other_disease", wants([md], lung, plain), limits([ds], breast), {mismatch}],
	["ds_general_research_methods", wants([gru, md], null, plain), limits([ds], breast), {no_disease}],
	["ds_ancestry_methods", wants([ancestry, md], null, plain), limits([ds], breast), {no_poa}],
	# DS + NMDS: methods development only for the disease (or a sub-disease).
	["ds_nmds_disease_methods", wants([ds, md], breast, plain), limits([ds, nmds], breast), set()],
	["ds_nmds_sub_disease_methods", wants([ds, md], carcinoma, plain), limits([ds, nmds], breast), set()],
	["ds_nmds_sub_disease_methods_flag", wants([ds], idc, methods), limits([ds, nmds], breast), set()],
	["ds_nmds_parent_disease_methods", wants([ds, md], cancer, plain), limits([ds, nmds], breast), {mismatch}],
	["ds_nmds_sibling_disease_methods", wants([ds, md], lung, plain), limits([ds, nmds], breast), {mismatch}],
	["ds_nmds_general_methods", wants([md], null, plain), limits([ds, nmds], breast), {no_methods, no_disease}],
	["ds_nmds_health_methods", wants([hmb, md], null, plain), limits([ds, nmds], breast), {no_disease}],
	["ds_nmds_general_research_methods", wants([gru, md], breast, plain), limits([ds, nmds], breast), {no_methods}],
	["ds_nmds_disease_research", wants([ds], breast, plain), limits([ds, nmds], breast), set()],
	# GRU + NMDS, GRU + NPU + NMDS: general research, but no general methods development.
	["gru_nmds_general_methods", wants([md], null, plain), limits([gru, nmds], null), {no_methods}],
	["gru_nmds_general_research_methods_flag", wants([gru], null, methods), limits([gru, nmds], null), {no_methods}],
	["gru_nmds_health_methods", wants([hmb, md], null, plain), limits([gru, nmds], null), set()],
	["gru_nmds_ancestry_methods", wants([ancestry, md], null, plain), limits([gru, nmds], null), set()],
	["gru_nmds_general_research", wants([gru], null, plain), limits([gru, nmds], null), set()],
	["gru_npu_nmds_health_methods", wants([hmb, md], null, plain), limits([gru, npu, nmds], null), set()],
	[
		"gru_npu_nmds_for_profit_health_methods", wants([hmb, md], null, for_profit),
		limits([gru, npu, nmds], null), {no_profit},
	],
	[
		"gru_npu_nmds_for_profit_general_methods", wants([md], null, for_profit),
		limits([gru, npu, nmds], null), {no_profit, no_methods},
	],
	[
		"gru_npu_nmds_commercial_health_methods", wants([hmb, md], null, commercial),
		limits([gru, npu, nmds], null), set(),
	],
	# POA: "use of the data is limited to the study of population origins or ancestry"; methods
	# development for that study fits, methods development in general does not.
	["poa_population_origins", wants([poa], null, plain), limits([poa], null), set()],
	["poa_ancestry_research", wants([ancestry], null, plain), limits([poa], null), set()],
	["poa_ancestry_methods", wants([ancestry, md], null, plain), limits([poa], null), set()],
	["poa_general_methods", wants([md], null, plain), limits([poa], null), {poa_only}],
	["poa_health_research", wants([hmb], null, plain), limits([poa], null), {poa_only}],
	["poa_disease_methods_flag", wants([ds], breast, methods), limits([poa], null), {poa_only}],
	["poa_nmds_population_origins_methods", wants([poa, md], null, plain), limits([poa, nmds], null), set()],
	["poa_nmds_general_methods", wants([md], null, plain), limits([poa, nmds], null), {poa_only, no_methods}],
	# NPOA: "use for purposes of population, origin, or ancestry research is prohibited".
	["npoa_health_research", wants([hmb], null, plain), limits([gru, npoa], null), set()],
	["npoa_population_origins", wants([poa], null, plain), limits([gru, npoa], null), {no_poa}],
	["npoa_ancestry_methods", wants([ancestry, md], null, plain), limits([gru, npoa], null), {no_poa}],
	["npoa_general_methods", wants([md], null, plain), limits([gru, npoa], null), set()],
	# GSO: "use is limited to genetic studies only".
	["gso_genetic_research", wants([genetic], null, plain), limits([hmb, gso], null), set()],
	["gso_health_research", wants([hmb], null, plain), limits([hmb, gso], null), {not_genetic}],
	["gso_general_methods", wants([md], null, plain), limits([hmb, gso], null), {not_genetic}],
	["gso_nmds_genetic_methods", wants([genetic, md], null, plain), limits([hmb, gso, nmds], null), set()],
	# NCU: not-for-profit use; NPU: not-for-profit organisations; NPUNCU: both.
	["ncu_commercial", wants([hmb], null, commercial), limits([hmb, ncu], null), {no_commercial}],
	["ncu_for_profit_organisation", wants([hmb], null, for_profit), limits([hmb, ncu], null), set()],
	["ncu_neither", wants([hmb], null, plain), limits([hmb, ncu], null), set()],
	["ncu_commercial_flag_not_true", wants([hmb], null, {"commercial": "yes"}), limits([hmb, ncu], null), set()],
	["npu_for_profit_organisation", wants([hmb], null, for_profit), limits([hmb, npu], null), {no_profit}],
	["npu_commercial", wants([hmb], null, commercial), limits([hmb, npu], null), set()],
	["npuncu_commercial", wants([hmb], null, commercial), limits([gru, npuncu], null), {no_commercial}],
	["npuncu_for_profit", wants([hmb], null, for_profit), limits([gru, npuncu], null), {no_profit}],
	[
		"npuncu_commercial_for_profit", wants([hmb], null, commercial_for_profit),
		limits([gru, npuncu], null), {no_commercial, no_profit},
	],
	["npuncu_neither", wants([hmb], null, plain), limits([gru, npuncu], null), set()],
	[
		"ds_ncu_nmds_commercial_disease_methods", wants([ds, md], carcinoma, commercial),
		limits([ds, ncu, nmds], breast), {no_commercial},
	],
	# Obligation-type modifiers restrict nothing.
	["hmb_irb_pub_col", wants([hmb], null, plain), limits([hmb, irb, pub, col], null), set()],
]

# The rows whose reasons differ from the expected ones, as "case: expected ..., got ...".
failing(rows) := [sprintf("%s: expected %v, got %v", [case, expected, got]) |
	some [case, purpose, conditions, expected] in rows
	got := duo.reasons(purpose, conditions)
	got != expected
]

table_failures := failing(table)

test_table_rows_allowed if {
	rows := [row | some row in table; row[3] == set()]
	count(rows) >= 30
	failures := failing(rows)
	failures == []
}

test_table_rows_denied if {
	rows := [row | some row in table; row[3] != set()]
	count(rows) >= 30
	failures := failing(rows)
	failures == []
}

test_table_cases_distinct_allowed if {
	count(table) >= 60
	count({row[0] | some row in table}) == count(table)
}
