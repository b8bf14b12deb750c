package org.signpost.platform.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The JSON request body schema of each operation in the contract ({@code signpost.yaml} as the
 * jar ships it), by method and path template, with {@code $ref}s resolved, so that a body can be
 * checked against exactly what the contract promises before it is bound to Java types.
 */
public final class RequestSchemas {

    private final Map<String, Object> spec;
    private final Map<String, Map<String, Object>> byOperation = new HashMap<>();

    private RequestSchemas(Map<String, Object> spec) {
        this.spec = spec;
        for (var path : map(spec.get("paths")).entrySet()) {
            for (var operation : map(path.getValue()).entrySet()) {
                Map<String, Object> body = resolve(map(map(operation.getValue()).get("requestBody")), 0);
                Map<String, Object> json = map(map(body.get("content")).get("application/json"));
                if (json.containsKey("schema")) {
                    byOperation.put(key(operation.getKey(), path.getKey()), resolve(map(json.get("schema")), 0));
                }
            }
        }
    }

    public static RequestSchemas fromClasspath() {
        try (InputStream in = RequestSchemas.class.getResourceAsStream("/META-INF/openapi/signpost.yaml")) {
            if (in == null) {
                throw new IllegalStateException("signpost.yaml is not on the classpath");
            }
            return new RequestSchemas(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON body schema of the operation at that method and path template (as the contract spells it). */
    public Optional<Map<String, Object>> of(String method, String pathTemplate) {
        return Optional.ofNullable(byOperation.get(key(method, pathTemplate)));
    }

    private static String key(String method, String path) {
        return method.toUpperCase() + " " + path;
    }

    private Map<String, Object> resolve(Map<String, Object> node, int depth) {
        if (depth > 16) {
            return Map.of(); // a recursive schema: accept anything below this depth
        }
        if (node.containsKey("$ref")) {
            return resolve(pointer((String) node.get("$ref")), depth + 1);
        }
        Map<String, Object> out = new LinkedHashMap<>(node);
        if (node.containsKey("allOf")) {
            out.remove("allOf");
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Object part : list(node.get("allOf"))) {
                Map<String, Object> resolved = resolve(map(part), depth + 1);
                resolved.forEach(out::putIfAbsent);
                properties.putAll(map(resolved.get("properties")));
            }
            out.put("properties", properties);
        }
        if (node.containsKey("oneOf") || node.containsKey("anyOf")) {
            return Map.of(); // alternatives: left to the binding and the rules
        }
        if (out.containsKey("properties")) {
            Map<String, Object> properties = new LinkedHashMap<>();
            map(out.get("properties")).forEach((name, schema) -> properties.put(name, resolve(map(schema), depth + 1)));
            out.put("properties", properties);
        }
        if (out.containsKey("items")) {
            out.put("items", resolve(map(out.get("items")), depth + 1));
        }
        if (out.get("additionalProperties") instanceof Map<?, ?> values) {
            out.put("additionalProperties", resolve(map(values), depth + 1));
        }
        return out;
    }

    private Map<String, Object> pointer(String ref) {
        Object node = spec;
        for (String segment : ref.substring(2).split("/")) {
            node = map(node).get(segment.replace("~1", "/").replace("~0", "~"));
        }
        return map(node);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
