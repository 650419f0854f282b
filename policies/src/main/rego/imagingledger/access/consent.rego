# The subjects named in the question: each needs an active, unexpired consent at the node
# that covers the dataset and the purpose (the purpose is matched against the consent's DUO
# scope as against a dataset's conditions). Subjects that fail are excluded (an obligation
# lists them); the answer is deny when none remain. No subjects named: no consent check.
package imagingledger.access

import data.imagingledger.duo

default subjects := set()

subjects := {s | some s in question.subjects} if is_array(question.subjects)

default consents := {}

consents := input.consents if is_object(input.consents)

# exclusion[subject] is why the subject is excluded (the first failed rule).
exclusion[subject] := why if {
	some subject in subjects
	why := exclusion_reason(object.get(consents, subject, null))
}

exclusion_reason(consent) := "NO_CONSENT" if {
	not is_object(consent)
} else := "CONSENT_WITHDRAWN" if {
	not consent.status == "ACTIVE"
} else := "CONSENT_EXPIRED" if {
	not consent_running(consent)
} else := "CONSENT_DATASET_NOT_COVERED" if {
	not consent_covers_dataset(consent)
} else := "CONSENT_PURPOSE_NOT_COVERED" if {
	count(duo.reasons(purpose, consent_scope(consent))) > 0
}

consent_running(consent) if object.get(consent, "valid_until_ms", null) == null

consent_running(consent) if {
	is_number(input.now_ms)
	is_number(consent.valid_until_ms)
	input.now_ms < consent.valid_until_ms
}

# An empty list of datasets covers all the node's datasets.
consent_covers_dataset(consent) if consent.datasets == []

consent_covers_dataset(consent) if question.dataset in consent.datasets

consent_scope(consent) := {
	"codes": object.get(consent, "purposes", []),
	"disease": object.get(consent, "disease", null),
}

exclusions := [{"subject": subject, "reason": exclusion[subject]} |
	some subject in sort([s | some s, _ in exclusion])
]

deny contains "NO_SUBJECTS_REMAIN" if {
	count(subjects) > 0
	count(exclusion) == count(subjects)
}
