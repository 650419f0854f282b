package org.imagingledger.domain.shared;

/** One GA4GH Data Use Ontology class: id such as DUO:0000042, shorthand such as GRU. */
public record DuoTerm(String id, String shorthand, String label, Kind kind, String parentId) {

    public enum Kind {
        PERMISSION,
        MODIFIER,
        OTHER
    }

    /**
     * The root of a DUO branch ("data use permission", "data use modifier"): an abstract parent
     * that states no condition of its own.
     */
    public boolean isBranchRoot() {
        return kind != Kind.OTHER && (parentId == null || parentId.isEmpty());
    }

    public String display() {
        return shorthand.isEmpty() ? id : shorthand;
    }
}
