package org.imagingledger.domain.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Mondo cancer subset the project ships (vocab/mondo-cancer-subset.csv, CC BY 4.0). */
public final class MondoTerms {

    public record Term(String id, String label, String parentId) {}

    private static final Map<String, Term> BY_ID = load();

    private MondoTerms() {}

    private static Map<String, Term> load() {
        Map<String, Term> terms = new LinkedHashMap<>();
        List<List<String>> rows = VocabularyCsv.readResource("/vocab/mondo-cancer-subset.csv");
        for (List<String> row : rows.subList(1, rows.size())) {
            terms.put(row.get(0), new Term(row.get(0), row.get(1), row.get(2)));
        }
        return terms;
    }

    public static boolean contains(String id) {
        return id != null && BY_ID.containsKey(id.trim());
    }

    public static String label(String id) {
        Term term = id == null ? null : BY_ID.get(id);
        return term == null ? id : term.label();
    }

    public static List<Term> all() {
        return new ArrayList<>(BY_ID.values());
    }
}
