package org.signpost.platform.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation the contract (the {@code signpost.yaml} the jar ships) describes, with its
 * parameters and request body schema, {@code $ref}s resolved. An operation added to the contract
 * later is found here without any change to the fuzz test.
 */
final class ContractOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}), its name and schema. */
    record Parameter(String in, String name, boolean required, Map<String, Object> schema) {
    }

    /** One operation; {@code bodyType} is null when it takes no body. */
    record Operation(String method, String path, String id, List<Parameter> parameters, String bodyType,
            Map<String, Object> bodySchema, boolean anonymousAllowed, List<String> successTypes) {

        /** Only plain text on success (the Prometheus scrape): Accept: application/json may fairly be 406 there. */
        boolean textOnly() {
            return !successTypes.isEmpty() && successTypes.stream().allMatch(t -> t.startsWith("text/plain"));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final Map<String, Object> spec;

    private ContractOperations(Map<String, Object> spec) {
        this.spec = spec;
    }

    static List<Operation> load() {
        try (InputStream in = ContractOperations.class.getResourceAsStream("/META-INF/openapi/signpost.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the contract is not on the test classpath");
            }
            Map<String, Object> spec = new Yaml().load(in);
            return new ContractOperations(spec).operations();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        boolean globalAnonymous = isAnonymous(spec.get("security"));
        for (var path : map(spec.get("paths")).entrySet()) {
            Map<String, Object> item = map(path.getValue());
            List<Object> shared = list(item.get("parameters"));
            for (String method : METHODS) {
                if (!item.containsKey(method)) {
                    continue;
                }
                Map<String, Object> op = map(item.get(method));
                List<Parameter> parameters = new ArrayList<>();
                List<Object> all = new ArrayList<>(shared);
                all.addAll(list(op.get("parameters")));
                for (Object p : all) {
                    Map<String, Object> parameter = resolve(map(p));
                    parameters.add(new Parameter((String) parameter.get("in"), (String) parameter.get("name"),
                            Boolean.TRUE.equals(parameter.get("required")), resolve(map(parameter.get("schema")))));
                }
                String bodyType = null;
                Map<String, Object> bodySchema = Map.of();
                if (op.containsKey("requestBody")) {
                    Map<String, Object> content = map(resolve(map(op.get("requestBody"))).get("content"));
                    bodyType = content.keySet().iterator().next();
                    bodySchema = resolve(map(map(content.get(bodyType)).get("schema")));
                }
                boolean anonymous = op.containsKey("security") ? isAnonymous(op.get("security")) : globalAnonymous;
                List<String> successTypes = new ArrayList<>();
                for (var response : map(op.get("responses")).entrySet()) {
                    if (String.valueOf(response.getKey()).startsWith("2")) {
                        successTypes.addAll(map(resolve(map(response.getValue())).get("content")).keySet());
                    }
                }
                out.add(new Operation(method, path.getKey(), (String) op.get("operationId"), List.copyOf(parameters), bodyType,
                        bodySchema, anonymous, List.copyOf(successTypes)));
            }
        }
        return out;
    }

    /** A schema or parameter with its {@code $ref} (and those of its parts) replaced by what it points at. */
    Map<String, Object> resolve(Map<String, Object> node) {
        return resolve(node, 0);
    }

    private Map<String, Object> resolve(Map<String, Object> node, int depth) {
        if (node == null) {
            return Map.of();
        }
        if (depth > 12) {
            return Map.of("type", "object"); // a recursive schema: deep enough for a fuzz
        }
        if (node.containsKey("$ref")) {
            return resolve(pointer((String) node.get("$ref")), depth + 1);
        }
        Map<String, Object> out = new LinkedHashMap<>(node);
        if (node.containsKey("allOf")) {
            out.remove("allOf");
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> required = new ArrayList<>();
            for (Object part : list(node.get("allOf"))) {
                Map<String, Object> resolved = resolve(map(part), depth + 1);
                resolved.forEach(out::putIfAbsent);
                properties.putAll(map(resolved.getOrDefault("properties", Map.of())));
                required.addAll(list(resolved.get("required")));
            }
            out.put("properties", properties);
            out.put("required", required);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (node.containsKey(choice)) {
                out.remove(choice);
                resolve(map(list(node.get(choice)).get(0)), depth + 1).forEach(out::putIfAbsent);
            }
        }
        if (out.containsKey("properties")) {
            Map<String, Object> properties = new LinkedHashMap<>();
            map(out.get("properties")).forEach((name, schema) -> properties.put(name, resolve(map(schema), depth + 1)));
            out.put("properties", properties);
        }
        if (out.containsKey("items")) {
            out.put("items", resolve(map(out.get("items")), depth + 1));
        }
        if (out.get("additionalProperties") instanceof Map<?, ?> extra) {
            out.put("additionalProperties", resolve(map(extra), depth + 1));
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

    private static boolean isAnonymous(Object security) {
        return list(security).isEmpty() || list(security).stream().anyMatch(s -> map(s).isEmpty());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
