package org.imagingledger.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes hostile and careless requests for every write endpoint the OpenAPI document lists: a
 * plausible body built from the endpoint's schema, then broken in one of the ways clients break
 * bodies. Seeded, so that a failure can be replayed with the same seed.
 */
final class ApiFuzzer {

    /** One request to make. */
    record Shot(String method, String path, String contentType, byte[] body, String mutation) {}

    /** A write endpoint: method, path template, the schema of its JSON body (may be null). */
    record Endpoint(String method, String path, JsonNode schema) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MUTATIONS = List.of(
            "valid-shape",
            "missing-field",
            "null-field",
            "wrong-type",
            "huge-string",
            "unknown-code",
            "unknown-field",
            "malformed-json",
            "deep-nesting",
            "wrong-content-type",
            "empty-body",
            "array-body",
            "multipart-without-boundary",
            "truncated",
            "unicode-junk");

    private final Random random;
    private final ObjectMapper json;
    private final JsonNode doc;
    private final Map<String, String> knownIds;

    ApiFuzzer(long seed, ObjectMapper json, JsonNode openApi, Map<String, String> knownIds) {
        this.random = new Random(seed);
        this.json = json;
        this.doc = openApi;
        this.knownIds = knownIds;
    }

    List<Endpoint> writeEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
                    endpoints.add(
                            new Endpoint(method.toUpperCase(), path.getKey(), schema.isMissingNode() ? null : schema));
                }
            }
        }
        return endpoints;
    }

    Shot next(Endpoint endpoint) throws Exception {
        String path = fill(endpoint.path());
        String mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
        JsonNode body = endpoint.schema() == null ? NODES.objectNode() : sample(endpoint.schema(), 0);
        String type = "application/json";
        byte[] bytes;
        switch (mutation) {
            case "missing-field" -> bytes = write(dropOne(body));
            case "null-field" -> bytes = write(replaceOne(body, NODES.nullNode()));
            case "wrong-type" -> bytes = write(replaceOne(body, wrongType()));
            case "huge-string" -> bytes = write(replaceOne(body, NODES.textNode("x".repeat(200_000))));
            case "unknown-code" -> bytes = write(replaceOne(body, NODES.textNode("DUO:9999999")));
            case "unknown-field" -> {
                if (body instanceof ObjectNode object) {
                    object.put("unexpected" + random.nextInt(100), "surprise");
                }
                bytes = write(body);
            }
            case "malformed-json" -> bytes = "{\"a\": [1, 2,, }".getBytes();
            case "deep-nesting" -> bytes = ("[".repeat(20_000) + "]".repeat(20_000)).getBytes();
            case "wrong-content-type" -> {
                type = random.nextBoolean() ? "text/plain" : "application/xml";
                bytes = write(body);
            }
            case "empty-body" -> bytes = new byte[0];
            case "array-body" -> bytes = write(NODES.arrayNode().add(body));
            case "multipart-without-boundary" -> {
                type = "multipart/form-data";
                bytes = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--b--".getBytes();
            }
            case "truncated" -> {
                byte[] whole = write(body);
                bytes = java.util.Arrays.copyOf(whole, Math.max(1, whole.length / 2));
            }
            case "unicode-junk" -> bytes = write(replaceOne(body, NODES.textNode("\u0000\uFFFF\uD83D\u202E<script>")));
            default -> bytes = write(body);
        }
        return new Shot(endpoint.method(), path, type, bytes, mutation);
    }

    /** Path variables: a known id when the name fits one (so the body is judged), otherwise junk. */
    private String fill(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            String collection = template.substring(0, open).replaceAll("/$", "");
            collection = collection.substring(collection.lastIndexOf('/') + 1);
            String known = knownIds.getOrDefault(name, knownIds.get(collection));
            out.append(known != null && random.nextInt(4) > 0 ? known : junkId());
            i = close + 1;
        }
        return out.toString();
    }

    private String junkId() {
        return switch (random.nextInt(4)) {
            case 0 -> "no-such-" + random.nextInt(1000);
            case 1 -> "%2e%2e%2f";
            case 2 -> "x".repeat(300);
            default -> "%F0%9F%92%A9";
        };
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (resolved.has("example") && !resolved.get("example").isNull()) {
            JsonNode example = resolved.get("example");
            if (example.isTextual() && example.asText().startsWith("[")) {
                try {
                    return json.readTree(example.asText());
                } catch (Exception ignored) {
                    return example;
                }
            }
            return example;
        }
        String type = resolved.path("type").asText("object");
        return switch (type) {
            case "string" ->
                resolved.has("enum")
                        ? resolved.get("enum").get(0)
                        : "date-time".equals(resolved.path("format").asText())
                                ? NODES.textNode("2027-01-01T00:00:00Z")
                                : NODES.textNode("fuzz-" + random.nextInt(1000));
            case "integer", "number" -> NODES.numberNode(1 + random.nextInt(5));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(resolved.path("items"), depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                resolved.path("properties").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), sample(property.getValue(), depth + 1));
                }
                yield object;
            }
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        return doc.at(ref.substring(1));
    }

    private JsonNode dropOne(JsonNode body) {
        if (body instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.remove(names.get(random.nextInt(names.size())));
        }
        return body;
    }

    private JsonNode replaceOne(JsonNode body, JsonNode value) {
        if (body instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode child = object.get(name);
            if (child instanceof ObjectNode && random.nextBoolean()) {
                replaceOne(child, value);
            } else {
                object.set(name, value);
            }
        }
        return body;
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.arrayNode().add("a").add(1);
            case 3 -> NODES.objectNode().put("nested", "object");
            default -> NODES.numberNode(1e308 * 10);
        };
    }

    private byte[] write(JsonNode node) throws Exception {
        return json.writeValueAsBytes(node);
    }
}
