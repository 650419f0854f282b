package imagingledger.access_test

import data.imagingledger.access
import data.imagingledger.duo_test

# A purpose the committee reviews: breast carcinoma research for federated training on the
# Naples breast MRI dataset (DS breast cancer, non-commercial, ethics approval, publication).
review_base := {
	"now_ms": now,
	"purpose": {
		"codes": ["DUO:0000007"], "disease": "MONDO:0004989",
		"commercial": false, "for_profit": false, "methods_development": false,
	},
	"operations": ["FEDERATED_TRAINING", "FEDERATED_INFERENCE"],
	"dataset": {
		"id": "ds-naples-breast-mri", "node": "node-naples", "status": "ACTIVE",
		"conditions": {"codes": ["DUO:0000007", "DUO:0000046", "DUO:0000021", "DUO:0000019"], "disease": "MONDO:0007254"},
	},
}

# The purpose check for the review base changed by a (recursively merged) patch.
check(patch) := c if {
	c := access.purpose_check with input as object.union(review_base, patch)
}

check_denied_only(patch, reasons) if {
	c := check(patch)
	c.allow == false
	codes(c) == reasons
	c.obligations == []
}

test_purpose_check_base_allowed if {
	check({}) == {
		"allow": true,
		"reasons": [{"code": "ALLOWED", "message": "the dataset's data-use conditions allow the purpose"}],
		"obligations": [
			{"code": "DUO:0000019", "shorthand": "PUB", "message": "publication required"},
			{"code": "DUO:0000021", "shorthand": "IRB", "message": "ethics approval required"},
		],
	}
}

test_purpose_check_every_obligation_sorted_allowed if {
	c := check({"dataset": {"conditions": {"codes": [
		"DUO:0000043", "DUO:0000042", "DUO:0000029", "DUO:0000028", "DUO:0000027", "DUO:0000026",
		"DUO:0000025", "DUO:0000024", "DUO:0000022", "DUO:0000021", "DUO:0000020", "DUO:0000019",
		"DUO:0000012", "DUO:0000046",
	]}}})
	c.allow == true
	sorted := ["RS", "PUB", "COL", "IRB", "GS", "MOR", "TS", "US", "PS", "IS", "RTN", "CC"]
	[o.shorthand | some o in c.obligations] == sorted
}

test_purpose_check_without_obligations_allowed if {
	c := check({"dataset": {"conditions": {"codes": ["DUO:0000042"], "disease": null}}})
	c.allow == true
	c.obligations == []
}

# The input.
test_purpose_check_empty_input_denied if {
	c := access.purpose_check with input as {}
	c.allow == false
	codes(c) == ["DATASET_UNKNOWN", "INPUT_INVALID"]
	c.obligations == []
}

test_purpose_check_null_input_denied if {
	c := access.purpose_check with input as null
	codes(c) == ["DATASET_UNKNOWN", "INPUT_INVALID"]
}

test_purpose_check_missing_now_denied if check_denied_only({"now_ms": null}, ["INPUT_INVALID"])

test_purpose_check_no_operations_denied if check_denied_only({"operations": []}, ["INPUT_INVALID"])

test_purpose_check_operations_not_a_list_denied if {
	check_denied_only({"operations": "FEDERATED_TRAINING"}, ["INPUT_INVALID"])
}

test_purpose_check_operation_not_a_string_denied if {
	check_denied_only({"operations": ["FEDERATED_TRAINING", 7]}, ["INPUT_INVALID"])
}

test_purpose_check_no_purpose_codes_denied if check_denied_only({"purpose": {"codes": []}}, ["INPUT_INVALID"])

test_purpose_check_purpose_not_an_object_denied if {
	check_denied_only({"purpose": "DS"}, ["DUO_DISEASE_MISSING", "INPUT_INVALID"])
}

# The dataset.
test_purpose_check_dataset_unknown_denied if check_denied_only({"dataset": null}, ["DATASET_UNKNOWN"])

test_purpose_check_dataset_retired_denied if check_denied_only({"dataset": {"status": "RETIRED"}}, ["DATASET_RETIRED"])

test_purpose_check_retired_and_mismatch_denied if {
	check_denied_only(
		{"dataset": {"status": "RETIRED"}, "purpose": {"disease": "MONDO:0008903"}},
		["DATASET_RETIRED", "DUO_DISEASE_MISMATCH"],
	)
}

test_purpose_check_dataset_without_conditions_denied if {
	check_denied_only({"dataset": {"conditions": null}}, ["DUO_NO_PERMISSION"])
}

# The DUO rules, shared with the decision.
test_purpose_check_parent_disease_denied if {
	check_denied_only({"purpose": {"disease": "MONDO:0004992"}}, ["DUO_DISEASE_MISMATCH"])
}

test_purpose_check_commercial_denied if check_denied_only({"purpose": {"commercial": true}}, ["DUO_COMMERCIAL_USE"])

test_purpose_check_nmds_disease_methods_allowed if {
	c := check({
		"purpose": {"codes": ["DUO:0000007", "DUO:0000031"]},
		"dataset": {"conditions": {"codes": ["DUO:0000007", "DUO:0000015"]}},
	})
	c.allow == true
}

test_purpose_check_nmds_general_methods_denied if {
	check_denied_only(
		{
			"purpose": {"codes": ["DUO:0000031"], "disease": null},
			"dataset": {"conditions": {"codes": ["DUO:0000007", "DUO:0000015"]}},
		},
		["DUO_DISEASE_MISSING", "DUO_METHODS_DEVELOPMENT"],
	)
}

test_purpose_check_general_methods_without_nmds_allowed if {
	c := check({"purpose": {"codes": ["DUO:0000031"], "disease": null}})
	c.allow == true
}

# Every row of the DUO table (duo/table_test.rego) gives the same answer through the purpose
# check as through the DUO rules themselves; the failing rows, as "case: expected ..., got ...".
table_failures := [sprintf("%s: expected %v, got %v", [case, expected, got]) |
	some [case, purpose, conditions, expected] in duo_test.table
	c := check({"purpose": purpose, "dataset": {"conditions": conditions}})
	got := {r.code | some r in c.reasons}
	got != reason_codes(expected)
]

# The reason codes of an answer whose DUO reasons are expected: ALLOWED when there are none.
reason_codes(expected) := {"ALLOWED"} if {
	count(expected) == 0
} else := expected

test_purpose_check_follows_the_duo_table_allowed if {
	count(duo_test.table) >= 60
	table_failures == []
}

# The decision and the purpose check agree on the dataset: same reasons, same obligations.
test_purpose_check_agrees_with_the_decision_allowed if {
	d := decide({"question": {"purpose": review_base.purpose}, "permit": {"purpose": review_base.purpose}})
	d.allow == true
	c := access.purpose_check with input as {
		"now_ms": now, "purpose": review_base.purpose, "operations": ["FEDERATED_TRAINING"],
		"dataset": base.dataset,
	}
	c.allow == true
	c.obligations == [o | some o in d.obligations; startswith(o.code, "DUO:")]
}
