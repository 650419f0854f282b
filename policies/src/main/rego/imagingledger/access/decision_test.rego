package imagingledger.access_test

import data.imagingledger.access

# A question that is allowed: Rita trains on the Naples breast MRI dataset for breast cancer
# research under permit-1; both subjects consented to health research.
now := 1795000000000

valid_from := 1790000000000

valid_until := 1800000000000

base := {
	"now_ms": now,
	"node": "node-naples",
	"question": {
		"principal": "rita.researcher",
		"operation": "FEDERATED_TRAINING",
		"dataset": "ds-naples-breast-mri",
		"permit": "permit-1",
		"purpose": {
			"codes": ["DUO:0000007"], "disease": "MONDO:0007254",
			"commercial": false, "for_profit": false, "methods_development": false,
		},
		"subjects": ["subj-1", "subj-2"],
	},
	"dataset": {
		"id": "ds-naples-breast-mri", "node": "node-naples", "status": "ACTIVE",
		"conditions": {"codes": ["DUO:0000007", "DUO:0000046", "DUO:0000021"], "disease": "MONDO:0007254"},
	},
	"permit": {
		"id": "permit-1", "status": "ACTIVE", "holder": "rita.researcher",
		"members": ["rita.researcher", "remo.researcher"],
		"datasets": ["ds-naples-breast-mri"], "operations": ["FEDERATED_TRAINING"],
		"purpose": {
			"codes": ["DUO:0000007"], "disease": "MONDO:0007254",
			"commercial": false, "for_profit": false, "methods_development": false,
		},
		"valid_from_ms": valid_from, "valid_until_ms": valid_until,
		"conditions": ["Results shared with the consortium"],
	},
	"consents": {
		"subj-1": {
			"status": "ACTIVE", "datasets": ["ds-naples-breast-mri"],
			"purposes": ["DUO:0000006"], "disease": null, "valid_until_ms": null,
		},
		"subj-2": {
			"status": "ACTIVE", "datasets": [],
			"purposes": ["DUO:0000007"], "disease": "MONDO:0004992", "valid_until_ms": valid_until,
		},
	},
}

# The decision for the base input changed by a (recursively merged) patch.
decide(patch) := d if {
	d := access.decision with input as object.union(base, patch)
}

codes(decision) := [r.code | some r in decision.reasons]

allowed(patch) if decide(patch).allow == true

# Denied, and code is among the reasons.
denied(patch, code) if {
	d := decide(patch)
	d.allow == false
	code in codes(d)
	d.obligations == []
}

# Denied for exactly these reasons.
denied_only(patch, reasons) if {
	d := decide(patch)
	d.allow == false
	codes(d) == reasons
}

test_base_question_allowed if {
	decide({}) == {
		"allow": true,
		"reasons": [{
			"code": "ALLOWED",
			"message": "the permit, the dataset's data-use conditions and the subjects' consents allow the use",
		}],
		"obligations": [
			{"code": "DUO:0000021", "shorthand": "IRB", "message": "ethics approval required"},
			{"code": "PERMIT_CONDITION", "message": "Results shared with the consortium"},
		],
	}
}

test_empty_input_denied if {
	d := access.decision with input as {}
	d.allow == false
	codes(d) == ["DATASET_UNKNOWN", "INPUT_INVALID", "PERMIT_UNKNOWN"]
	d.obligations == []
}

test_null_input_denied if {
	d := access.decision with input as null
	d.allow == false
	"INPUT_INVALID" in codes(d)
}

test_all_fields_null_denied if {
	d := access.decision with input as {
		"now_ms": null, "node": null, "question": null,
		"dataset": null, "permit": null, "consents": null,
	}
	codes(d) == ["DATASET_UNKNOWN", "INPUT_INVALID", "PERMIT_UNKNOWN"]
}

test_question_fields_null_denied if {
	d := decide({"question": {
		"principal": null, "operation": null, "dataset": null, "permit": null,
		"purpose": null, "subjects": null,
	}})
	d.allow == false
	every code in [
		"INPUT_INVALID", "DATASET_UNKNOWN", "PERMIT_UNKNOWN", "PRINCIPAL_NOT_ON_PERMIT",
		"DATASET_NOT_ON_PERMIT", "OPERATION_NOT_ON_PERMIT", "PURPOSE_NOT_ON_PERMIT",
	] {
		code in codes(d)
	}
}

test_wrong_types_denied if {
	d := access.decision with input as {
		"now_ms": "now", "node": 1, "question": [],
		"dataset": "x", "permit": true, "consents": [],
	}
	d.allow == false
	codes(d) == ["DATASET_UNKNOWN", "INPUT_INVALID", "PERMIT_UNKNOWN"]
}

test_missing_now_denied if {
	denied_only({"now_ms": null}, ["INPUT_INVALID", "PERMIT_NOT_YET_VALID", "PERMIT_PERIOD_ENDED"])
}

test_missing_node_denied if denied_only({"node": null}, ["INPUT_INVALID", "NODE_NOT_HOLDER"])

test_empty_purpose_codes_denied if denied({"question": {"purpose": {"codes": []}}}, "INPUT_INVALID")

test_purpose_codes_not_an_array_denied if denied({"question": {"purpose": {"codes": "DUO:0000007"}}}, "INPUT_INVALID")

test_subjects_not_an_array_denied if denied({"question": {"subjects": "subj-1"}}, "INPUT_INVALID")

test_subjects_null_allowed if allowed({"question": {"subjects": null}})

test_reasons_sorted_denied if {
	denied_only(
		{"permit": {"status": "SUSPENDED", "valid_until_ms": now}, "question": {"operation": "DOWNLOAD"}},
		["OPERATION_NOT_ON_PERMIT", "PERMIT_PERIOD_ENDED", "PERMIT_SUSPENDED"],
	)
}

test_every_reason_has_a_message if {
	every code, message in access.reason_messages {
		access.reason(code) == {"code": code, "message": message}
	}
}

test_duo_reason_message if {
	access.reason("DUO_NOT_GENETIC") == {"code": "DUO_NOT_GENETIC", "message": "GSO allows genetic studies only"}
}

test_unknown_reason_message if access.reason("SOMETHING") == {"code": "SOMETHING", "message": "SOMETHING"}

test_allow_rule_default_denied if {
	not access.allow with input as {}
}
