package org.imagingledger.domain.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The DUO terms the project ships (vocab/duo-terms.csv, CC BY 4.0). Codes are accepted as
 * DUO ids or shorthands and always stored as ids, so that events never depend on spelling.
 */
public final class DuoTerms {

    public static final String GRU = "DUO:0000042";
    public static final String HMB = "DUO:0000006";
    public static final String DS = "DUO:0000007";
    public static final String NRES = "DUO:0000004";
    public static final String POA = "DUO:0000011";
    /** Ethics approval required: a request for such a dataset needs an attached ethics approval. */
    public static final String IRB = "DUO:0000021";

    private static final Map<String, DuoTerm> BY_ID = load();

    private DuoTerms() {}

    private static Map<String, DuoTerm> load() {
        Map<String, DuoTerm> terms = new LinkedHashMap<>();
        List<List<String>> rows = VocabularyCsv.readResource("/vocab/duo-terms.csv");
        for (List<String> row : rows.subList(1, rows.size())) {
            DuoTerm term = new DuoTerm(
                    row.get(0),
                    row.get(1),
                    row.get(2),
                    DuoTerm.Kind.valueOf(row.get(3).toUpperCase(Locale.ROOT)),
                    row.get(4));
            terms.put(term.id(), term);
        }
        return Map.copyOf(terms);
    }

    public static Collection<DuoTerm> all() {
        return BY_ID.values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
    }

    /** Finds a term by id ("DUO:0000042") or shorthand ("GRU"), case-insensitively. */
    public static Optional<DuoTerm> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        DuoTerm byId = BY_ID.get(wanted);
        if (byId != null) {
            return Optional.of(byId);
        }
        return BY_ID.values().stream()
                .filter(t -> !t.shorthand().isEmpty() && t.shorthand().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String label(String id) {
        return find(id).map(DuoTerm::display).orElse(id);
    }

    /**
     * Validates codes that state data-use conditions (of a dataset): known terms, permissions
     * or modifiers, exactly one permission, and a disease when the permission is DS.
     * Returns the canonical ids.
     */
    public static List<String> conditions(
            Violations violations, String field, List<String> codes, String disease, String diseaseField) {
        List<String> ids = known(violations, field, codes);
        long permissions = ids.stream()
                .map(BY_ID::get)
                .filter(t -> t.kind() == DuoTerm.Kind.PERMISSION && !t.isBranchRoot())
                .count();
        violations.when(
                ids.stream().map(BY_ID::get).anyMatch(t -> t.kind() == DuoTerm.Kind.OTHER || t.isBranchRoot()),
                field,
                ErrorCodes.NOT_A_CONDITION,
                "must hold data-use permissions and modifiers only, not research types");
        violations.when(
                !ids.isEmpty() && permissions != 1,
                field,
                ErrorCodes.ONE_PERMISSION,
                "must hold exactly one data-use permission (GRU, HMB, DS, NRES or POA)");
        diseaseRule(violations, ids, disease, diseaseField);
        return ids;
    }

    /** Validates codes that describe a research purpose: any known term, at least one. */
    public static List<String> purpose(
            Violations violations, String field, List<String> codes, String disease, String diseaseField) {
        List<String> ids = known(violations, field, codes);
        diseaseRule(violations, ids, disease, diseaseField);
        return ids;
    }

    private static void diseaseRule(Violations violations, List<String> ids, String disease, String diseaseField) {
        if (ids.contains(DS)) {
            violations.when(
                    disease == null || disease.isBlank(),
                    diseaseField,
                    ErrorCodes.REQUIRED,
                    "is required with DS (disease specific)");
        }
        if (disease != null && !disease.isBlank()) {
            violations.when(
                    !MondoTerms.contains(disease),
                    diseaseField,
                    ErrorCodes.UNKNOWN_MONDO_TERM,
                    "must be a Mondo id of the shipped cancer subset, e.g. MONDO:0004992");
        }
    }

    private static List<String> known(Violations violations, String field, List<String> codes) {
        violations.notEmpty(field, codes);
        if (codes == null) {
            return List.of();
        }
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Optional<DuoTerm> term = find(codes.get(i));
            if (term.isEmpty()) {
                violations.add(
                        field + "[" + i + "]",
                        ErrorCodes.UNKNOWN_DUO_TERM,
                        "'" + codes.get(i) + "' is not a DUO term",
                        codes.get(i));
            } else if (ids.contains(term.get().id())) {
                violations.add(
                        field + "[" + i + "]",
                        ErrorCodes.DUPLICATE_ENTRY,
                        "repeats " + term.get().display());
            } else {
                ids.add(term.get().id());
            }
        }
        return List.copyOf(ids);
    }
}
