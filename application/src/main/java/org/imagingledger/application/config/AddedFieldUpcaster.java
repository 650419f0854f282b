package org.imagingledger.application.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads an event stored before a field was added: the payload of the older revision (null: the
 * first, before any {@code @Revision}) gets the field as null and the newer revision. The stored
 * bytes are never changed (they are the audit log's leaves); only what is read is.
 */
public final class AddedFieldUpcaster extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;
    private final String field;

    public AddedFieldUpcaster(Class<?> type, String fromRevision, String toRevision, String field) {
        this.type = type.getName();
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.field = field;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(type)
                && Objects.equals(representation.getType().getRevision(), fromRevision);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, toRevision), JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object && !object.has(field)) {
                object.putNull(field);
            }
            return payload;
        });
    }
}
