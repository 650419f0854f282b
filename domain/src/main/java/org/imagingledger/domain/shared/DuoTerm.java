package org.imagingledger.domain.shared;

/** One GA4GH Data Use Ontology class: id such as DUO:0000042, shorthand such as GRU. */
public record DuoTerm(String id, String shorthand, String label, Kind kind, String parentId) {

    public enum Kind { PERMISSION, MODIFIER, OTHER }

    public String display() {
        return shorthand.isEmpty() ? id : shorthand;
    }
}
