# The dataset and the permit: the dataset is known, active and held by the asking node; the
# permit is known, active, in its period [valid_from_ms, valid_until_ms) and covers the
# principal, the dataset, the operation and the purpose; the purpose fits the dataset's DUO
# data-use conditions. The reasons first, then the checks they use.
package imagingledger.access

import data.imagingledger.duo

# Unknown, retired, or data-use conditions the purpose does not fit (shared with the purpose
# check at review).
deny contains code if some code in dataset_reasons(purpose)

deny contains "DATASET_UNKNOWN" if {
	dataset
	not dataset.id == question.dataset
}

deny contains "NODE_NOT_HOLDER" if {
	dataset
	not node_holds_dataset
}

deny contains "PERMIT_UNKNOWN" if not permit

deny contains "PERMIT_UNKNOWN" if {
	permit
	not permit.id == question.permit
}

# A status the policy does not know is treated as an unknown permit.
deny contains "PERMIT_UNKNOWN" if {
	permit
	not object.get(permit, "status", null) in {"ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED"}
}

deny contains "PERMIT_SUSPENDED" if permit.status == "SUSPENDED"

deny contains "PERMIT_REVOKED" if permit.status == "REVOKED"

deny contains "PERMIT_EXPIRED" if permit.status == "EXPIRED"

deny contains "PERMIT_NOT_YET_VALID" if {
	permit
	not period_started
}

deny contains "PERMIT_PERIOD_ENDED" if {
	permit
	not period_running
}

deny contains "PRINCIPAL_NOT_ON_PERMIT" if {
	permit
	not principal_on_permit
}

deny contains "DATASET_NOT_ON_PERMIT" if {
	permit
	not dataset_on_permit
}

deny contains "OPERATION_NOT_ON_PERMIT" if {
	permit
	not operation_on_permit
}

deny contains "PURPOSE_NOT_ON_PERMIT" if {
	permit
	not purpose_on_permit
}

# What the dataset (input.dataset) says against a research purpose: DATASET_UNKNOWN when the
# ledger does not know it; else DATASET_RETIRED when it is not active, and the reasons for
# which the purpose fails its GA4GH DUO data-use conditions.
dataset_reasons(wanted) := {"DATASET_UNKNOWN"} if {
	not dataset
} else := {"DATASET_RETIRED" | not dataset.status == "ACTIVE"} | duo.reasons(wanted, conditions)

node_holds_dataset if {
	is_string(input.node)
	dataset.node == input.node
}

period_started if {
	is_number(input.now_ms)
	is_number(permit.valid_from_ms)
	input.now_ms >= permit.valid_from_ms
}

period_running if {
	is_number(input.now_ms)
	is_number(permit.valid_until_ms)
	input.now_ms < permit.valid_until_ms
}

# The holder and the members of a permit are the people it covers.
principal_on_permit if {
	is_string(question.principal)
	question.principal in permit.members
}

principal_on_permit if {
	is_string(question.principal)
	question.principal == permit.holder
}

dataset_on_permit if {
	is_string(question.dataset)
	question.dataset in permit.datasets
}

operation_on_permit if {
	is_string(question.operation)
	question.operation in permit.operations
}

# The question's purpose lies within the permit's: only codes the permit names, the
# permit's disease or one of its sub-diseases when the permit names one, and commercial,
# for-profit or methods-development work only when the permit says so.
purpose_on_permit if {
	is_object(permit.purpose)
	duo.codes(purpose) - duo.codes(permit.purpose) == set()
	permit_disease_covers
	flag_covered("commercial")
	flag_covered("for_profit")
	flag_covered("methods_development")
}

permit_disease_covers if not is_string(object.get(permit.purpose, "disease", null))

permit_disease_covers if duo.within(purpose.disease, permit.purpose.disease)

flag_covered(flag) if not purpose[flag] == true

flag_covered(flag) if permit.purpose[flag] == true
