package imagingledger.access_test

import data.imagingledger.access

# The dataset.
test_dataset_unknown_denied if denied_only({"dataset": null}, ["DATASET_UNKNOWN"])

test_dataset_other_than_asked_denied if denied_only({"dataset": {"id": "ds-other"}}, ["DATASET_UNKNOWN"])

test_dataset_retired_denied if denied_only({"dataset": {"status": "RETIRED"}}, ["DATASET_RETIRED"])

test_dataset_without_status_denied if denied_only({"dataset": {"status": null}}, ["DATASET_RETIRED"])

test_node_not_holder_denied if denied_only({"node": "node-milan"}, ["NODE_NOT_HOLDER"])

test_dataset_without_node_denied if denied_only({"dataset": {"node": null}}, ["NODE_NOT_HOLDER"])

# The permit's existence and state.
test_permit_unknown_denied if denied_only({"permit": null}, ["PERMIT_UNKNOWN"])

test_permit_other_than_asked_denied if denied_only({"question": {"permit": "permit-2"}}, ["PERMIT_UNKNOWN"])

test_permit_unknown_status_denied if denied_only({"permit": {"status": "DRAFT"}}, ["PERMIT_UNKNOWN"])

test_permit_without_status_denied if denied_only({"permit": {"status": null}}, ["PERMIT_UNKNOWN"])

test_permit_active_allowed if allowed({"permit": {"status": "ACTIVE"}})

test_permit_suspended_denied if denied_only({"permit": {"status": "SUSPENDED"}}, ["PERMIT_SUSPENDED"])

test_permit_revoked_denied if denied_only({"permit": {"status": "REVOKED"}}, ["PERMIT_REVOKED"])

test_permit_expired_denied if denied_only({"permit": {"status": "EXPIRED"}}, ["PERMIT_EXPIRED"])

test_permit_expired_after_its_period_denied if {
	denied_only({"permit": {"status": "EXPIRED"}, "now_ms": valid_until + 1}, ["PERMIT_EXPIRED", "PERMIT_PERIOD_ENDED"])
}

# The permit's period [valid_from_ms, valid_until_ms).
test_period_first_instant_allowed if allowed({"now_ms": valid_from})

test_period_before_first_instant_denied if denied_only({"now_ms": valid_from - 1}, ["PERMIT_NOT_YET_VALID"])

test_period_last_instant_allowed if {
	# subj-2's consent ends with the permit, so name subj-1 only
	allowed({"now_ms": valid_until - 1, "question": {"subjects": ["subj-1"]}})
}

test_period_end_instant_denied if {
	denied_only({"now_ms": valid_until, "question": {"subjects": ["subj-1"]}}, ["PERMIT_PERIOD_ENDED"])
}

test_period_without_start_denied if denied_only({"permit": {"valid_from_ms": null}}, ["PERMIT_NOT_YET_VALID"])

test_period_without_end_denied if denied_only({"permit": {"valid_until_ms": null}}, ["PERMIT_PERIOD_ENDED"])

test_period_bound_as_string_denied if {
	denied_only({"permit": {"valid_from_ms": "1790000000000"}}, ["PERMIT_NOT_YET_VALID"])
}

# The principal, the dataset and the operation.
test_principal_member_allowed if allowed({"question": {"principal": "remo.researcher"}})

test_principal_holder_not_listed_allowed if allowed({"permit": {"members": []}})

test_principal_not_on_permit_denied if {
	denied_only({"question": {"principal": "eve.outsider"}}, ["PRINCIPAL_NOT_ON_PERMIT"])
}

test_principal_members_missing_denied if {
	denied_only({"question": {"principal": "remo.researcher"}, "permit": {"members": null}}, ["PRINCIPAL_NOT_ON_PERMIT"])
}

test_dataset_not_on_permit_denied if denied_only({"permit": {"datasets": ["ds-other"]}}, ["DATASET_NOT_ON_PERMIT"])

test_operation_not_on_permit_denied if denied_only({"question": {"operation": "DOWNLOAD"}}, ["OPERATION_NOT_ON_PERMIT"])

test_operation_second_on_permit_allowed if {
	allowed({
		"question": {"operation": "FEDERATED_INFERENCE"},
		"permit": {"operations": ["FEDERATED_TRAINING", "FEDERATED_INFERENCE"]},
	})
}

# The purpose within the permit's purpose.
test_purpose_sub_disease_allowed if allowed({"question": {"purpose": {"disease": "MONDO:0004953"}}})

test_purpose_code_not_on_permit_denied if {
	denied_only({"question": {"purpose": {"codes": ["DUO:0000007", "DUO:0000038"]}}}, ["PURPOSE_NOT_ON_PERMIT"])
}

test_purpose_code_on_permit_allowed if {
	allowed({
		"question": {"purpose": {"codes": ["DUO:0000007", "DUO:0000038"]}},
		"permit": {"purpose": {"codes": ["DUO:0000007", "DUO:0000038"]}},
	})
}

test_purpose_sibling_disease_denied if {
	# lung cancer: outside the permit and outside the dataset's DS condition
	denied_only({"question": {"purpose": {"disease": "MONDO:0008903"}}}, ["DUO_DISEASE_MISMATCH", "PURPOSE_NOT_ON_PERMIT"])
}

test_purpose_broader_disease_denied if {
	denied_only(
		{
			"question": {"purpose": {"disease": "MONDO:0004992"}},
			"dataset": {"conditions": {"disease": "MONDO:0004992"}},
		},
		["PURPOSE_NOT_ON_PERMIT"],
	)
}

test_purpose_disease_missing_denied if {
	denied_only({"question": {"purpose": {"disease": null}}}, ["DUO_DISEASE_MISSING", "PURPOSE_NOT_ON_PERMIT"])
}

test_purpose_permit_without_disease_allowed if allowed({"permit": {"purpose": {"disease": null}}})

test_purpose_commercial_not_on_permit_denied if {
	denied_only(
		{"question": {"purpose": {"commercial": true}}, "dataset": {"conditions": {"codes": ["DUO:0000007"]}}},
		["PURPOSE_NOT_ON_PERMIT"],
	)
}

test_purpose_commercial_on_permit_allowed if {
	allowed({
		"question": {"purpose": {"commercial": true}},
		"permit": {"purpose": {"commercial": true}},
		"dataset": {"conditions": {"codes": ["DUO:0000007"]}},
		"consents": {"subj-1": {"purposes": ["DUO:0000042"]}, "subj-2": {"purposes": ["DUO:0000042"]}},
	})
}

test_purpose_for_profit_not_on_permit_denied if {
	denied_only({"question": {"purpose": {"for_profit": true}}}, ["PURPOSE_NOT_ON_PERMIT"])
}

test_purpose_methods_development_not_on_permit_denied if {
	denied_only({"question": {"purpose": {"methods_development": true}}}, ["PURPOSE_NOT_ON_PERMIT"])
}

test_purpose_permit_without_purpose_denied if denied_only({"permit": {"purpose": null}}, ["PURPOSE_NOT_ON_PERMIT"])

# The dataset's data-use conditions, through the decision.
test_duo_commercial_use_denied if {
	denied_only(
		{"question": {"purpose": {"commercial": true}}, "permit": {"purpose": {"commercial": true}}},
		["DUO_COMMERCIAL_USE"],
	)
}

test_duo_no_conditions_denied if denied_only({"dataset": {"conditions": null}}, ["DUO_NO_PERMISSION"])

test_duo_hmb_dataset_allowed if allowed({"dataset": {"conditions": {"codes": ["DUO:0000006"], "disease": null}}})

test_duo_population_origins_denied if {
	denied_only(
		{
			"question": {"purpose": {"codes": ["DUO:0000011"], "disease": null}, "subjects": []},
			"permit": {"purpose": {"codes": ["DUO:0000011"], "disease": null}},
			"dataset": {"conditions": {"codes": ["DUO:0000006"], "disease": null}},
		},
		["DUO_NOT_HEALTH_RESEARCH", "DUO_POA_NOT_ALLOWED"],
	)
}

test_duo_genetic_studies_only_denied if {
	denied_only({"dataset": {"conditions": {"codes": ["DUO:0000007", "DUO:0000016"]}}}, ["DUO_NOT_GENETIC"])
}

test_duo_disease_methods_development_allowed if {
	# NMDS: methods development for the dataset's disease stays within the DS bounds
	allowed({
		"question": {"purpose": {"methods_development": true}},
		"permit": {"purpose": {"methods_development": true}},
		"dataset": {"conditions": {"codes": ["DUO:0000007", "DUO:0000015"]}},
	})
}

test_duo_general_methods_development_denied if {
	denied_only(
		{
			"question": {"purpose": {"codes": ["DUO:0000031"], "disease": null}, "subjects": []},
			"permit": {"purpose": {"codes": ["DUO:0000031"], "disease": null}},
			"dataset": {"conditions": {"codes": ["DUO:0000007", "DUO:0000015"]}},
		},
		["DUO_DISEASE_MISSING", "DUO_METHODS_DEVELOPMENT"],
	)
}

test_duo_general_methods_development_without_nmds_allowed if {
	allowed({
		"question": {"purpose": {"codes": ["DUO:0000031"], "disease": null}},
		"permit": {"purpose": {"codes": ["DUO:0000031"], "disease": null}},
	})
}

# Obligations: the dataset's obligation-type modifiers and the permit's conditions, sorted.
test_obligations_from_modifiers_and_conditions_allowed if {
	d := decide({
		"dataset": {"conditions": {"codes": ["DUO:0000029", "DUO:0000007", "DUO:0000025", "DUO:0000019", "DUO:0000046"]}},
		"permit": {"conditions": ["Share the model weights", "Acknowledge the consortium", "Share the model weights", 7]},
	})
	d.allow == true
	d.obligations == [
		{"code": "DUO:0000019", "shorthand": "PUB", "message": "publication required"},
		{"code": "DUO:0000025", "shorthand": "TS", "message": "time limit on use"},
		{"code": "DUO:0000029", "shorthand": "RTN", "message": "return to database or resource"},
		{"code": "PERMIT_CONDITION", "message": "Acknowledge the consortium"},
		{"code": "PERMIT_CONDITION", "message": "Share the model weights"},
	]
}

test_obligations_without_conditions_allowed if {
	d := decide({"dataset": {"conditions": {"codes": ["DUO:0000007"]}}, "permit": {"conditions": null}})
	d.allow == true
	d.obligations == []
}

test_obligations_not_reported_denied if denied({"permit": {"status": "REVOKED"}}, "PERMIT_REVOKED")

# Absent fields count as null, never as a pass (a negated check on an absent field is
# undefined in Rego, not true, so the policy reads such fields with object.get).
test_permit_status_absent_denied if {
	d := access.decision with input as json.remove(base, ["permit/status"])
	codes(d) == ["PERMIT_UNKNOWN"]
}

test_ds_conditions_disease_absent_denied if {
	d := access.decision with input as json.remove(base, ["dataset/conditions/disease"])
	codes(d) == ["DUO_DISEASE_MISMATCH"]
}

test_purpose_disease_absent_denied if {
	d := access.decision with input as json.remove(base, ["question/purpose/disease"])
	codes(d) == ["DUO_DISEASE_MISSING", "PURPOSE_NOT_ON_PERMIT"]
}

test_consent_disease_absent_allowed if {
	d := access.decision with input as json.remove(base, ["consents/subj-2/disease"])
	d.allow == true
	excluded(d) == [[{"subject": "subj-2", "reason": "CONSENT_PURPOSE_NOT_COVERED"}]]
}

test_permit_purpose_disease_absent_allowed if {
	d := access.decision with input as json.remove(base, ["permit/purpose/disease"])
	d.allow == true
}
