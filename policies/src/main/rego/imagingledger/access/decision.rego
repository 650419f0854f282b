# The access decision a node asks the ledger for: may the principal perform the operation on
# the dataset for the purpose under the permit, now (input.now_ms), and for which subjects?
# Input and result: policies/POLICY-INPUT.md. Deny by default, with a reason for every failed
# rule; the clock is never read, so a recorded input replays to the same result.
package imagingledger.access

import data.imagingledger.duo

default allow := false

allow if count(deny) == 0

# METADATA
# title: Access decision
# description: >-
#   May the principal perform the operation on the dataset for the purpose under the permit,
#   now, and for which of the named subjects? {"allow", "reasons", "obligations"}; see
#   policies/POLICY-INPUT.md.
# entrypoint: true
decision := {
	"allow": true,
	"reasons": [{"code": "ALLOWED", "message": reason_messages.ALLOWED}],
	"obligations": obligations,
} if {
	allow
} else := {
	"allow": false,
	"reasons": [reason(code) | some code in sort(deny)],
	"obligations": [],
}

reason(code) := {
	"code": code,
	"message": object.get(reason_messages, code, object.get(duo.reason_messages, code, code)),
}

reason_messages := {
	"ALLOWED": "the permit, the dataset's data-use conditions and the subjects' consents allow the use",
	"INPUT_INVALID": "the input lacks a required field or has one of the wrong type",
	"DATASET_UNKNOWN": "the dataset is not known to the ledger",
	"DATASET_RETIRED": "the dataset is retired",
	"NODE_NOT_HOLDER": "the asking node does not hold the dataset",
	"PERMIT_UNKNOWN": "the permit is not known to the ledger",
	"PERMIT_SUSPENDED": "the permit is suspended",
	"PERMIT_REVOKED": "the permit is revoked",
	"PERMIT_EXPIRED": "the permit has expired",
	"PERMIT_NOT_YET_VALID": "the permit's validity period has not begun",
	"PERMIT_PERIOD_ENDED": "the permit's validity period has ended",
	"PRINCIPAL_NOT_ON_PERMIT": "the principal is not a member of the permit",
	"DATASET_NOT_ON_PERMIT": "the dataset is not covered by the permit",
	"OPERATION_NOT_ON_PERMIT": "the operation is not covered by the permit",
	"PURPOSE_NOT_ON_PERMIT": "the purpose is not covered by the permit's purpose",
	"NO_SUBJECTS_REMAIN": "no named subject has a consent that covers this use",
}

# Obligations of an allowed use, sorted by code (then message): the dataset's obligation-type
# DUO modifiers, the subjects to exclude, the permit's conditions.
obligations := array.concat(array.concat(duo_obligations, exclusion_obligations), condition_obligations)

duo_obligations := duo.obligations(conditions)

exclusion_obligations := [{
	"code": "EXCLUDE_SUBJECTS",
	"message": "exclude these subjects: their consent does not cover this use",
	"subjects": exclusions,
} |
	count(exclusions) > 0
]

condition_obligations := [{"code": "PERMIT_CONDITION", "message": text} |
	some text in sort({text | some text in permit.conditions; is_string(text)})
]

# The parts of the input, as objects when they are objects (absent parts stay undefined or
# empty, so that every rule below denies rather than errs).
default question := {}

question := input.question if is_object(input.question)

default purpose := {}

purpose := question.purpose if is_object(question.purpose)

dataset := input.dataset if is_object(input.dataset)

permit := input.permit if is_object(input.permit)

default conditions := {}

conditions := dataset.conditions if is_object(dataset.conditions)

deny contains "INPUT_INVALID" if not valid_input

valid_input if {
	is_number(input.now_ms)
	is_string(input.node)
	is_string(question.principal)
	is_string(question.operation)
	is_string(question.dataset)
	is_string(question.permit)
	is_array(purpose.codes)
	count(purpose.codes) > 0
	valid_subjects
}

valid_subjects if object.get(question, "subjects", null) == null

valid_subjects if is_array(question.subjects)
