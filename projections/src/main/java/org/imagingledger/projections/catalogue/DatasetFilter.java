package org.imagingledger.projections.catalogue;

/**
 * Filters of the catalogue; null means "any". {@code title}: a case-insensitive part of the
 * title or the id; {@code code}: a DUO id among the data-use conditions; {@code retired}: only
 * retired (true) or only usable (false) datasets.
 */
public record DatasetFilter(
        String title, String nodeId, String code, Boolean retired, String modality, String cancerType) {

    public DatasetFilter(String title, String nodeId, String code, Boolean retired) {
        this(title, nodeId, code, retired, null, null);
    }

    public static DatasetFilter none() {
        return new DatasetFilter(null, null, null, null);
    }
}
