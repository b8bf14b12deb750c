package org.signpost.platform.fuzz;

import static org.signpost.platform.fuzz.ContractOperations.list;
import static org.signpost.platform.fuzz.ContractOperations.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.signpost.platform.fuzz.ContractOperations.Operation;
import org.signpost.platform.fuzz.ContractOperations.Parameter;

/**
 * Malformed variants of one operation's request, each differing from a plausible request in one
 * way: a path id that is no UUID, a query parameter of the wrong type or far out of bounds, a bad
 * header, and for a JSON body every property (two levels deep, array items included) set to null,
 * to the wrong JSON type, to an array holding null, out of bounds, an unknown enum value, control
 * characters; plus whole-body faults (empty, truncated, not an object, unknown field, wrong content
 * type, a gzip header on a plain body). Deterministic for a seed; at most {@code limit} per operation.
 */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(5000);

    private final SampleValues samples;
    private final Random random;
    private final int limit;

    Mutations(SampleValues samples, long seed, int limit) {
        this.samples = samples;
        this.random = new Random(seed);
        this.limit = limit;
    }

    List<Probe> of(Operation op, Map<String, String> baseHeaders) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        for (Parameter p : op.parameters()) {
            String value = String.valueOf(samples.of(p.name(), p.schema()));
            switch (p.in()) {
                case "path" -> path.put(p.name(), value);
                case "query" -> {
                    if (p.required()) {
                        query.put(p.name(), value);
                    }
                }
                case "header" -> headers.put(p.name(), value);
                default -> { }
            }
        }
        boolean json = op.bodyType() != null && op.bodyType().contains("json");
        Object body = json ? samples.of("body", op.bodySchema()) : null;
        if (json) {
            headers.put("Content-Type", op.bodyType());
        }
        Request base = new Request(op, path, query, headers, body);

        List<Probe> out = new ArrayList<>();
        out.add(base.probe("plausible request, Accept: application/json", Map.of("Accept", "application/json")));
        out.add(base.probe("Accept: application/json, */*", Map.of("Accept", "application/json, */*")));
        for (Parameter p : op.parameters()) {
            for (Object bad : badScalars(p.schema())) {
                String value = bad == null ? "null" : String.valueOf(bad);
                switch (p.in()) {
                    case "path" -> out.add(base.withPath(p.name(), value).probe("path " + p.name() + "=" + abbreviate(value), Map.of()));
                    case "query" -> out.add(base.withQuery(p.name(), value).probe("query " + p.name() + "=" + abbreviate(value), Map.of()));
                    case "header" -> out.add(base.probe("header " + p.name() + "=" + abbreviate(value), Map.of(p.name(), headerSafe(value))));
                    default -> { }
                }
            }
        }
        if (json) {
            out.addAll(wholeBody(base));
            List<String[]> fields = new ArrayList<>();
            fields(op.bodySchema(), new ArrayList<>(), fields, 0);
            for (String[] field : fields) {
                Map<String, Object> schema = schemaAt(op.bodySchema(), field);
                for (Object bad : badValues(schema)) {
                    Object mutated = set(copy(body), field, 0, bad, op.bodySchema());
                    out.add(base.withBody(mutated).probe("body /" + String.join("/", field) + " = " + describe(bad), Map.of()));
                }
            }
        } else if (op.bodyType() != null) {
            out.add(base.withRaw("{}".getBytes(StandardCharsets.UTF_8))
                    .probe("JSON sent to a " + op.bodyType() + " operation", Map.of("Content-Type", "application/json")));
            out.add(base.withRaw("not multipart".getBytes(StandardCharsets.UTF_8))
                    .probe("garbage " + op.bodyType(), Map.of("Content-Type", op.bodyType() + "; boundary=zzz")));
        }
        if (out.size() > limit) {
            List<Probe> head = new ArrayList<>(out.subList(0, 2));
            List<Probe> rest = new ArrayList<>(out.subList(2, out.size()));
            Collections.shuffle(rest, random);
            head.addAll(rest.subList(0, limit - 2));
            return head;
        }
        return out;
    }

    private List<Probe> wholeBody(Request base) {
        byte[] plain = base.bodyBytes();
        List<Probe> out = new ArrayList<>();
        out.add(base.withRaw(plain).probe("Content-Encoding: gzip on a plain body", Map.of("Content-Encoding", "gzip")));
        out.add(base.withRaw(gzip(plain)).probe("a gzipped body", Map.of("Content-Encoding", "gzip")));
        out.add(base.withRaw(plain).probe("Content-Encoding: br", Map.of("Content-Encoding", "br")));
        out.add(base.withRaw(plain).probe("text/plain body", Map.of("Content-Type", "text/plain")));
        out.add(base.withRaw("<a/>".getBytes(StandardCharsets.UTF_8)).probe("XML body", Map.of("Content-Type", "application/xml")));
        out.add(base.withRaw("a=1".getBytes(StandardCharsets.UTF_8))
                .probe("form body", Map.of("Content-Type", "application/x-www-form-urlencoded")));
        out.add(base.withRaw(new byte[0]).probe("empty body", Map.of()));
        for (String raw : List.of("null", "[]", "[null]", "\"text\"", "42", "{", "{\"a\":", "{}", "{\"\":1}", "\uFEFF{}",
                "{\"x\":1e999999}")) {
            out.add(base.withRaw(raw.getBytes(StandardCharsets.UTF_8)).probe("body " + raw, Map.of()));
        }
        out.add(base.withRaw(new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'}).probe("body not UTF-8", Map.of()));
        if (base.body() instanceof Map<?, ?> object) {
            Map<Object, Object> extra = new LinkedHashMap<>(object);
            extra.put("fuzz_unknown_field", "x");
            out.add(base.withBody(extra).probe("unknown field", Map.of()));
        }
        return out;
    }

    /** JSON-pointer-like paths to every property, two object levels deep; "0" stands for an array item. */
    private static void fields(Map<String, Object> schema, List<String> at, List<String[]> out, int depth) {
        if (depth > 2) {
            return;
        }
        Map<String, Object> properties = map(schema.get("properties"));
        for (var property : properties.entrySet()) {
            List<String> here = new ArrayList<>(at);
            here.add(property.getKey());
            out.add(here.toArray(String[]::new));
            Map<String, Object> child = map(property.getValue());
            if ("array".equals(child.get("type")) && map(child.get("items")).containsKey("properties")) {
                here.add("0");
                fields(map(child.get("items")), here, out, depth + 1);
            } else if (child.containsKey("properties")) {
                fields(child, here, out, depth + 1);
            }
        }
    }

    private static Map<String, Object> schemaAt(Map<String, Object> schema, String[] field) {
        Map<String, Object> node = schema;
        for (String segment : field) {
            node = "0".equals(segment) ? map(node.get("items")) : map(map(node.get("properties")).get(segment));
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private Object set(Object node, String[] field, int i, Object value, Map<String, Object> schema) {
        String segment = field[i];
        boolean last = i == field.length - 1;
        if ("0".equals(segment)) {
            List<Object> items = node instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            Map<String, Object> itemSchema = map(schema.get("items"));
            Object item = items.isEmpty() ? samples.of(segment, itemSchema) : items.get(0);
            Object replaced = last ? value : set(item, field, i + 1, value, itemSchema);
            if (items.isEmpty()) {
                items.add(replaced);
            } else {
                items.set(0, replaced);
            }
            return items;
        }
        Map<String, Object> object = node instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        Map<String, Object> childSchema = map(map(schema.get("properties")).get(segment));
        if (last) {
            object.put(segment, value);
        } else {
            Object child = object.containsKey(segment) ? object.get(segment) : samples.of(segment, childSchema);
            object.put(segment, set(child, field, i + 1, value, childSchema));
        }
        return object;
    }

    /** Wrong values for a JSON property of this schema. */
    private static List<Object> badValues(Map<String, Object> schema) {
        List<Object> out = new ArrayList<>();
        out.add(null);
        String type = (String) schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string");
        switch (type) {
            case "string" -> {
                out.addAll(List.of(12345, true, List.of("x"), "a\u0000b", "\u202Eevil\u202C", LONG, ""));
                if (schema.containsKey("format") || schema.containsKey("enum")) {
                    out.add("NOT-VALID-" + schema.getOrDefault("format", "enum"));
                }
            }
            case "integer", "number" -> out.addAll(List.of("5", 1.5, 1e300, -2147483649L, new java.math.BigInteger("99999999999999999999"),
                    true, List.of(1)));
            case "boolean" -> out.addAll(List.of("true", 1, List.of(true)));
            case "array" -> {
                List<Object> nulls = new ArrayList<>();
                nulls.add(null);
                out.addAll(List.of("x", nulls, List.of(List.of()), Map.of("a", 1)));
            }
            case "object" -> out.addAll(List.of(List.of(), "x", 1));
            default -> { }
        }
        return out;
    }

    /** Wrong values for a path, query or header parameter of this schema. */
    private static List<Object> badScalars(Map<String, Object> schema) {
        List<Object> out = new ArrayList<>(List.of("", "not-a-uuid", "2147483647", "-2147483649", "99999999999999999999", "1e3",
                "' OR 1=1 --", "%00", LONG.substring(0, 600)));
        if (list(schema.get("enum")).size() > 0) {
            out.add("NOT_AN_ENUM");
        }
        if ("date".equals(schema.get("format"))) {
            out.add("2026-02-30");
        }
        return out;
    }

    private static String headerSafe(String value) {
        return value.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "...(" + s.length() + ")" : s;
    }

    private static String describe(Object value) {
        try {
            return abbreviate(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static Object copy(Object body) {
        try {
            return JSON.readValue(JSON.writeValueAsBytes(body), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The plausible request, from which each variant differs in one way. */
    private record Request(Operation op, Map<String, String> path, Map<String, String> query, Map<String, String> headers, Object body,
            byte[] raw) {

        Request(Operation op, Map<String, String> path, Map<String, String> query, Map<String, String> headers, Object body) {
            this(op, path, query, headers, body, null);
        }

        Request withPath(String name, String value) {
            Map<String, String> p = new LinkedHashMap<>(path);
            p.put(name, value);
            return new Request(op, p, query, headers, body, raw);
        }

        Request withQuery(String name, String value) {
            Map<String, String> q = new LinkedHashMap<>(query);
            q.put(name, value);
            return new Request(op, path, q, headers, body, raw);
        }

        Request withBody(Object newBody) {
            return new Request(op, path, query, headers, newBody, null);
        }

        Request withRaw(byte[] bytes) {
            return new Request(op, path, query, headers, body, bytes);
        }

        byte[] bodyBytes() {
            if (raw != null) {
                return raw;
            }
            if (op.bodyType() == null) {
                return null;
            }
            try {
                return JSON.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        Probe probe(String variant, Map<String, String> extraHeaders) {
            String uri = op.path();
            for (var p : path.entrySet()) {
                uri = uri.replace("{" + p.getKey() + "}", encode(p.getValue()));
            }
            StringBuilder q = new StringBuilder();
            for (var p : query.entrySet()) {
                q.append(q.isEmpty() ? '?' : '&').append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            }
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(extraHeaders);
            return new Probe(variant, op.method().toUpperCase(), uri + q, all, bodyBytes());
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
