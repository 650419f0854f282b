package org.imagingledger.audit.integrity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the event store as it is stored (payload and metadata are the serializer's JSON
 * bytes), and its canonical form: the RFC 8785 canonical JSON of the object described in
 * {@code audit-exports/CANONICAL.md}. The Merkle leaf of the event is SHA-256(0x00 ‖ canonical).
 */
public record StoredEvent(
        long globalIndex,
        String eventId,
        String aggregateId,
        String aggregateType,
        long sequenceNumber,
        String eventType,
        String timestamp,
        byte[] payload,
        byte[] metadata) {

    public Map<String, Object> canonicalObject() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("globalIndex", globalIndex);
        o.put("eventId", eventId);
        o.put("aggregateId", aggregateId);
        o.put("aggregateType", aggregateType);
        o.put("sequenceNumber", sequenceNumber);
        o.put("eventType", eventType);
        o.put("timestamp", timestamp);
        o.put("payload", json(payload));
        o.put("metadata", json(metadata));
        return o;
    }

    public byte[] canonicalBytes() {
        return Jcs.canonicalBytes(canonicalObject());
    }

    public byte[] leafHash() {
        return Merkle.leafHash(canonicalBytes());
    }

    /** Stored bytes that are not JSON (never written by the Jackson serializer) go in as a string. */
    private static Object json(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
