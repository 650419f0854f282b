package org.imagingledger.domain.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.shared.DuoTerm;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.MondoTerms;
import org.imagingledger.domain.shared.Operation;
import org.imagingledger.domain.shared.Violations;

/**
 * The rules on a request's content, in two steps: a draft may be incomplete but what it holds
 * must be well-formed (so that no event ever stores a malformed id or code); a submission
 * must be complete.
 */
final class RequestRules {

    private RequestRules() {}

    /** Checks what a draft holds and returns it normalised: trimmed texts, DUO codes as ids. */
    static RequestContent draft(Violations violations, RequestContent content, String applicant) {
        if (content == null) {
            violations.add("content", ErrorCodes.REQUIRED, "is required");
            return null;
        }
        violations
                .maxLength("title", content.title(), Limits.TITLE)
                .maxLength("summary", content.summary(), Limits.SUMMARY);
        identifiers(violations, "datasets", content.datasets());
        identifiers(violations, "team", content.team());
        if (content.team() != null) {
            for (int i = 0; i < content.team().size(); i++) {
                violations.when(
                        content.team().get(i) != null && content.team().get(i).equals(applicant),
                        "team[" + i + "]",
                        ErrorCodes.APPLICANT_ON_TEAM,
                        "is the applicant, who is a member anyway");
            }
        }
        operations(violations, content.operations());
        if (content.periodFrom() != null && content.periodUntil() != null) {
            violations.ordered("periodFrom", content.periodFrom(), "periodUntil", content.periodUntil());
        }
        return new RequestContent(
                trim(content.title()),
                copy(content.datasets()),
                purpose(violations, content.purpose()),
                trim(content.summary()),
                copy(content.operations()),
                content.periodFrom(),
                content.periodUntil(),
                copy(content.team()));
    }

    /** What a submission needs on top of a well-formed draft. */
    static void complete(Violations violations, RequestContent content) {
        violations
                .notBlank("title", content.title())
                .notEmpty("datasets", content.datasets())
                .notBlank("summary", content.summary())
                .notEmpty("operations", content.operations())
                .ordered("periodFrom", content.periodFrom(), "periodUntil", content.periodUntil());
        if (content.purpose() == null) {
            violations.add("purpose", ErrorCodes.REQUIRED, "is required");
        } else {
            DuoTerms.purpose(
                    violations,
                    "purpose.codes",
                    content.purpose().codes(),
                    content.purpose().disease(),
                    "purpose.disease");
        }
    }

    private static void identifiers(Violations violations, String field, List<String> values) {
        if (values != null) {
            violations.noDuplicates(field, values);
            for (int i = 0; i < values.size(); i++) {
                violations.identifier(field + "[" + i + "]", values.get(i));
            }
        }
    }

    private static void operations(Violations violations, List<String> operations) {
        if (operations == null) {
            return;
        }
        violations.noDuplicates("operations", operations);
        for (int i = 0; i < operations.size(); i++) {
            violations.when(
                    !isOperation(operations.get(i)),
                    "operations[" + i + "]",
                    ErrorCodes.NOT_ONE_OF,
                    "'" + operations.get(i) + "' is not one of " + List.of(Operation.values()),
                    operations.get(i),
                    List.of(Operation.values()));
        }
    }

    private static boolean isOperation(String value) {
        for (Operation operation : Operation.values()) {
            if (operation.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Known DUO terms only, stored as ids; the disease, when given, must be a shipped Mondo id. */
    private static ResearchPurpose purpose(Violations violations, ResearchPurpose purpose) {
        if (purpose == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        List<String> codes = purpose.codes() == null ? List.of() : purpose.codes();
        for (int i = 0; i < codes.size(); i++) {
            Optional<DuoTerm> term = DuoTerms.find(codes.get(i));
            if (term.isEmpty()) {
                violations.add(
                        "purpose.codes[" + i + "]",
                        ErrorCodes.UNKNOWN_DUO_TERM,
                        "'" + codes.get(i) + "' is not a DUO term",
                        codes.get(i));
            } else if (!ids.add(term.get().id())) {
                violations.add(
                        "purpose.codes[" + i + "]",
                        ErrorCodes.DUPLICATE_ENTRY,
                        "repeats " + term.get().display());
            }
        }
        String disease = trim(purpose.disease());
        violations.when(
                disease != null && !MondoTerms.contains(disease),
                "purpose.disease",
                ErrorCodes.UNKNOWN_MONDO_TERM,
                "must be a Mondo id of the shipped cancer subset, e.g. MONDO:0004992");
        return new ResearchPurpose(
                List.copyOf(ids), disease, purpose.commercial(), purpose.forProfit(), purpose.methodsDevelopment());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
