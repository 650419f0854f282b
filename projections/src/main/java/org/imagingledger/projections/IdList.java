package org.imagingledger.projections;

import java.util.Arrays;
import java.util.List;

/** Lists of identifiers are stored as one comma-separated column: they never hold commas. */
public final class IdList {

    private IdList() {}

    public static String join(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    public static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
