# GA4GH DUO matching: does a research purpose fit a set of data-use conditions?
#
# Used for a dataset's conditions and for a subject's consent scope alike. A purpose is
# {"codes": [DUO ids describing the research], "disease": Mondo id or null, "commercial",
# "for_profit", "methods_development"}; conditions are {"codes": [DUO ids], "disease": Mondo
# id or null}. `reasons(purpose, conditions)` is the set of reason codes that make the
# purpose fail the conditions (empty: it matches); `obligation_codes(conditions)` are the
# conditions' obligation-type modifiers.
#
# Semantics follow DUO's definitions (release 2021-02-23) and the GA4GH Consent Codes; each
# term, its definition and how a purpose is matched against it: policies/DUO-MATCHING.md.
# GRU and NRES allow any research; HMB allows health/medical/biomedical and disease-specific
# research but not population origins or ancestry research; DS allows the named disease and
# its sub-diseases (Mondo hierarchy); POA allows population origins/ancestry research only.
# Every permission term present must allow the purpose. Methods development: without NMDS,
# general methods development is allowed on GRU, NRES, HMB and DS data; NMDS allows it only
# within the bounds of the other conditions (see `bounded_methods`).
package imagingledger.duo

vocab := data.imagingledger.vocab

# Permission terms.
gru := "DUO:0000042"

nres := "DUO:0000004"

hmb := "DUO:0000006"

ds := "DUO:0000007"

poa := "DUO:0000011"

permission_terms := {gru, nres, hmb, ds, poa}

# Modifiers that restrict the purpose.
ncu := "DUO:0000046"

npu := "DUO:0000045"

npuncu := "DUO:0000018"

nmds := "DUO:0000015"

npoa := "DUO:0000044"

gso := "DUO:0000016"

# Modifiers that become obligations of an allowed use: RS, PUB, COL, IRB, GS, MOR, TS, US,
# PS, IS, RTN, CC.
obligation_terms := {
	"DUO:0000012", "DUO:0000019", "DUO:0000020", "DUO:0000021",
	"DUO:0000022", "DUO:0000024", "DUO:0000025", "DUO:0000026",
	"DUO:0000027", "DUO:0000028", "DUO:0000029", "DUO:0000043",
}

# Research types (DUO "other" branch) a purpose may name.
method_development := "DUO:0000031"

ancestry_research := "DUO:0000033"

genetic_research := "DUO:0000038"

# Biomedical research and its children genetic, drug development and disease category research.
biomedical_research := {"DUO:0000037", genetic_research, "DUO:0000039", "DUO:0000040"}

reason_messages := {
	"DUO_NO_PERMISSION": "the data-use conditions name no data use permission (GRU, NRES, HMB, DS or POA)",
	"DUO_NOT_HEALTH_RESEARCH": "HMB allows health, medical or biomedical research only",
	"DUO_POA_NOT_ALLOWED": "population origins or ancestry research is not allowed",
	"DUO_POA_ONLY": "POA allows population origins or ancestry research only",
	"DUO_DISEASE_MISSING": "DS requires the purpose to name a disease",
	"DUO_DISEASE_MISMATCH": "the purpose's disease is not the permitted disease or one of its sub-diseases",
	"DUO_COMMERCIAL_USE": "commercial use is not allowed",
	"DUO_FOR_PROFIT_USE": "for-profit use is not allowed",
	"DUO_METHODS_DEVELOPMENT": "NMDS allows methods development only within the bounds of the other conditions",
	"DUO_NOT_GENETIC": "GSO allows genetic studies only",
	"DUO_UNKNOWN_CONDITION": "the data-use conditions hold a code that is not a known DUO term",
}

# The codes of a purpose or of conditions as a set (empty when absent or not an array).
codes(x) := {c | some c in x.codes} if {
	is_array(x.codes)
} else := set()

# Disease d is disease a or one of its descendants in the Mondo subset.
within(d, a) if {
	is_string(d)
	d == a
}

# The policy data carries each term's ancestors (the closure of its parent links, checked
# against the sourced parent links by the build), so no graph is built per decision.
within(d, a) if {
	is_string(d)
	is_string(a)
	a in vocab.mondo[d].ancestors
}

population_research(purpose) if poa in codes(purpose)

population_research(purpose) if ancestry_research in codes(purpose)

health_research(purpose) if some c in (codes(purpose) & ({hmb, ds} | biomedical_research))

health_research(purpose) if is_string(purpose.disease)

methods_development(purpose) if purpose.methods_development == true

methods_development(purpose) if method_development in codes(purpose)

# The purpose claims general research use (GRU or NRES among its codes): a scope with no bound.
general_scope(purpose) if some c in (codes(purpose) & {gru, nres})

# Methods development within a research area the conditions can bound: health research
# (HMB, DS, biomedical research or a named disease) or population origins/ancestry research,
# and no claim of general research use. Anything else is general methods development.
bounded_methods(purpose) if {
	not general_scope(purpose)
	health_research(purpose)
}

bounded_methods(purpose) if {
	not general_scope(purpose)
	population_research(purpose)
}

# Without NMDS, general methods development is allowed: the absence of NMDS is what permits
# it, so a methods-development purpose need not be health research under HMB nor name the
# disease under DS. A purpose that names a disease or population research is still matched
# as such (DUO_DISEASE_MISMATCH, DUO_POA_NOT_ALLOWED), and a claim of general research use
# (GRU, NRES) is not methods development.
methods_allowed(purpose, conditions) if {
	methods_development(purpose)
	not nmds in codes(conditions)
	not general_scope(purpose)
}

# violates(purpose, conditions, reason code): the purpose fails the conditions for that reason.
violates(_, conditions, "DUO_NO_PERMISSION") if count(codes(conditions) & permission_terms) == 0

violates(_, conditions, "DUO_UNKNOWN_CONDITION") if {
	some c in codes(conditions)
	not vocab.duo[c]
}

violates(purpose, conditions, "DUO_NOT_HEALTH_RESEARCH") if {
	hmb in codes(conditions)
	not health_research(purpose)
	not methods_allowed(purpose, conditions)
}

violates(purpose, conditions, "DUO_POA_NOT_ALLOWED") if {
	population_research(purpose)
	some term in {hmb, ds, npoa}
	term in codes(conditions)
}

violates(purpose, conditions, "DUO_POA_ONLY") if {
	poa in codes(conditions)
	not population_research(purpose)
}

# A negated call on a field that is absent is undefined, not true (`not is_string(x.disease)`
# fails when x has no "disease"), so absent fields are read as null with object.get.
violates(purpose, conditions, "DUO_DISEASE_MISSING") if {
	ds in codes(conditions)
	not is_string(object.get(purpose, "disease", null))
	not methods_allowed(purpose, conditions)
}

violates(purpose, conditions, "DUO_DISEASE_MISMATCH") if {
	ds in codes(conditions)
	is_string(purpose.disease)
	not within(purpose.disease, object.get(conditions, "disease", null))
}

violates(purpose, conditions, "DUO_COMMERCIAL_USE") if {
	purpose.commercial == true
	some term in {ncu, npuncu}
	term in codes(conditions)
}

violates(purpose, conditions, "DUO_FOR_PROFIT_USE") if {
	purpose.for_profit == true
	some term in {npu, npuncu}
	term in codes(conditions)
}

# NMDS: methods development only within the bounds of the other conditions. A bounded
# purpose is then matched by the other rules as any purpose (e.g. DS's disease).
violates(purpose, conditions, "DUO_METHODS_DEVELOPMENT") if {
	nmds in codes(conditions)
	methods_development(purpose)
	not bounded_methods(purpose)
}

violates(purpose, conditions, "DUO_NOT_GENETIC") if {
	gso in codes(conditions)
	not genetic_research in codes(purpose)
}

# The reason codes for which the purpose fails the conditions (empty set: it matches).
reasons(purpose, conditions) := {code |
	some code, _ in reason_messages
	violates(purpose, conditions, code)
}

# The conditions' obligation-type modifiers (DUO ids).
obligation_codes(conditions) := codes(conditions) & obligation_terms

# The obligations of an allowed use under the conditions, sorted by code.
obligations(conditions) := [obligation(code) | some code in sort(obligation_codes(conditions))]

# The obligation a modifier imposes on an allowed use.
obligation(code) := {"code": code, "shorthand": vocab.duo[code].shorthand, "message": vocab.duo[code].label}
