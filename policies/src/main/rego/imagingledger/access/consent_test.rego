package imagingledger.access_test

import data.imagingledger.access

# Excluded subjects of an allowed decision (the EXCLUDE_SUBJECTS obligation).
excluded(decision) := [o.subjects | some o in decision.obligations; o.code == "EXCLUDE_SUBJECTS"]

allowed_excluding(patch, exclusions) if {
	d := decide(patch)
	d.allow == true
	excluded(d) == [exclusions]
}

test_consents_cover_everyone_allowed if {
	d := decide({})
	d.allow == true
	excluded(d) == []
}

test_no_subjects_allowed if allowed({"question": {"subjects": []}, "consents": null})

test_subjects_absent_allowed if {
	d := access.decision with input as json.remove(object.union(base, {"consents": null}), ["question/subjects"])
	d.allow == true
	excluded(d) == []
}

test_consent_withdrawn_allowed if {
	allowed_excluding(
		{"consents": {"subj-2": {"status": "WITHDRAWN"}}},
		[{"subject": "subj-2", "reason": "CONSENT_WITHDRAWN"}],
	)
}

test_consent_without_status_allowed if {
	allowed_excluding({"consents": {"subj-2": {"status": null}}}, [{"subject": "subj-2", "reason": "CONSENT_WITHDRAWN"}])
}

test_consent_expired_allowed if {
	# subj-2's consent ends at valid_until; the permit's period ends then too, so ask before
	allowed_excluding(
		{"consents": {"subj-2": {"valid_until_ms": now}}},
		[{"subject": "subj-2", "reason": "CONSENT_EXPIRED"}],
	)
}

test_consent_last_instant_allowed if {
	d := decide({"consents": {"subj-2": {"valid_until_ms": now + 1}}})
	d.allow == true
	excluded(d) == []
}

test_consent_end_not_a_number_allowed if {
	allowed_excluding(
		{"consents": {"subj-2": {"valid_until_ms": "never"}}},
		[{"subject": "subj-2", "reason": "CONSENT_EXPIRED"}],
	)
}

test_consent_dataset_not_covered_allowed if {
	allowed_excluding(
		{"consents": {"subj-1": {"datasets": ["ds-naples-lung-ct"]}}},
		[{"subject": "subj-1", "reason": "CONSENT_DATASET_NOT_COVERED"}],
	)
}

test_consent_datasets_missing_allowed if {
	allowed_excluding(
		{"consents": {"subj-1": {"datasets": null}}},
		[{"subject": "subj-1", "reason": "CONSENT_DATASET_NOT_COVERED"}],
	)
}

test_consent_all_datasets_allowed if {
	d := decide({"consents": {"subj-1": {"datasets": []}}})
	d.allow == true
	excluded(d) == []
}

test_consent_purpose_not_covered_allowed if {
	# subj-1 consented to population origins research only
	allowed_excluding(
		{"consents": {"subj-1": {"purposes": ["DUO:0000011"]}}},
		[{"subject": "subj-1", "reason": "CONSENT_PURPOSE_NOT_COVERED"}],
	)
}

test_consent_other_disease_allowed if {
	# subj-2 consented to lung cancer research only
	allowed_excluding(
		{"consents": {"subj-2": {"disease": "MONDO:0008903"}}},
		[{"subject": "subj-2", "reason": "CONSENT_PURPOSE_NOT_COVERED"}],
	)
}

test_consent_non_commercial_allowed if {
	allowed_excluding(
		{
			"question": {"purpose": {"commercial": true}},
			"permit": {"purpose": {"commercial": true}},
			"dataset": {"conditions": {"codes": ["DUO:0000007"]}},
			"consents": {"subj-1": {"purposes": ["DUO:0000006", "DUO:0000046"]}, "subj-2": {"purposes": ["DUO:0000042"]}},
		},
		[{"subject": "subj-1", "reason": "CONSENT_PURPOSE_NOT_COVERED"}],
	)
}

test_consent_missing_allowed if {
	allowed_excluding(
		{"question": {"subjects": ["subj-1", "subj-2", "subj-3"]}},
		[{"subject": "subj-3", "reason": "NO_CONSENT"}],
	)
}

test_consent_not_an_object_allowed if {
	allowed_excluding({"consents": {"subj-1": "ACTIVE"}}, [{"subject": "subj-1", "reason": "NO_CONSENT"}])
}

test_consent_first_failed_rule_allowed if {
	# withdrawn and expired and for another dataset: the withdrawal is named
	allowed_excluding(
		{"consents": {"subj-1": {"status": "WITHDRAWN", "valid_until_ms": 1, "datasets": ["ds-x"]}}},
		[{"subject": "subj-1", "reason": "CONSENT_WITHDRAWN"}],
	)
}

test_excluded_subjects_sorted_allowed if {
	allowed_excluding(
		{
			"question": {"subjects": ["subj-9", "subj-1", "subj-4", "subj-2", "subj-9"]},
			"consents": {"subj-1": {"status": "WITHDRAWN"}},
		},
		[
			{"subject": "subj-1", "reason": "CONSENT_WITHDRAWN"},
			{"subject": "subj-4", "reason": "NO_CONSENT"},
			{"subject": "subj-9", "reason": "NO_CONSENT"},
		],
	)
}

test_exclusion_obligation_shape_allowed if {
	d := decide({"consents": {"subj-2": {"status": "WITHDRAWN"}}})
	d.obligations == [
		{"code": "DUO:0000021", "shorthand": "IRB", "message": "ethics approval required"},
		{
			"code": "EXCLUDE_SUBJECTS",
			"message": "exclude these subjects: their consent does not cover this use",
			"subjects": [{"subject": "subj-2", "reason": "CONSENT_WITHDRAWN"}],
		},
		{"code": "PERMIT_CONDITION", "message": "Results shared with the consortium"},
	]
}

test_all_subjects_excluded_denied if {
	denied_only(
		{"consents": {"subj-1": {"status": "WITHDRAWN"}, "subj-2": {"datasets": ["ds-x"]}}},
		["NO_SUBJECTS_REMAIN"],
	)
}

test_no_consents_at_all_denied if denied_only({"consents": null}, ["NO_SUBJECTS_REMAIN"])

test_only_subject_without_consent_denied if {
	denied_only({"question": {"subjects": ["subj-7"]}}, ["NO_SUBJECTS_REMAIN"])
}

test_consents_without_now_denied if {
	# without a time, a consent with an end cannot be shown to run
	d := decide({"now_ms": null, "question": {"subjects": ["subj-2"]}})
	d.allow == false
	"NO_SUBJECTS_REMAIN" in codes(d)
}
