# The purpose check at review: before a data access committee decides, does the requested
# purpose fit a requested dataset's data-use conditions, and what would the applicant have to
# meet? No permit, consent or principal is involved. The dataset's reasons (unknown, retired,
# the DUO rules of imagingledger.duo) and its obligations are the decision's own.
# Input and result: policies/POLICY-INPUT.md. Deny by default, with a reason for every failed
# rule; the clock is never read.
package imagingledger.access

import data.imagingledger.duo

# METADATA
# title: Purpose check at review
# description: >-
#   Does the requested research purpose, for the requested operations, fit the dataset's
#   GA4GH DUO data-use conditions, and which obligations would the applicant have to meet?
#   {"allow", "reasons", "obligations"}; see policies/POLICY-INPUT.md.
# entrypoint: true
purpose_check := {
	"allow": true,
	"reasons": [{"code": "ALLOWED", "message": purpose_allowed_message}],
	"obligations": duo.obligations(conditions),
} if {
	count(purpose_deny) == 0
} else := {
	"allow": false,
	"reasons": [reason(code) | some code in sort(purpose_deny)],
	"obligations": [],
}

purpose_allowed_message := "the dataset's data-use conditions allow the purpose"

# The requested purpose, an object when it is one.
default requested_purpose := {}

requested_purpose := input.purpose if is_object(input.purpose)

purpose_deny contains "INPUT_INVALID" if not valid_purpose_input

purpose_deny contains code if some code in dataset_reasons(requested_purpose)

valid_purpose_input if {
	is_number(input.now_ms)
	is_array(requested_purpose.codes)
	count(requested_purpose.codes) > 0
	is_array(input.operations)
	count(input.operations) > 0
	every operation in input.operations {
		is_string(operation)
	}
}
