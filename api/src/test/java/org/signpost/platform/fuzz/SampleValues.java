package org.signpost.platform.fuzz;

import static org.signpost.platform.fuzz.ContractOperations.list;
import static org.signpost.platform.fuzz.ContractOperations.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plausible value for a schema, so that a request gets past the fields the fuzz is not
 * mutating: the first enum value, an id of a real record when the name says which, a date for a
 * date. Only required properties are filled; a mutation adds the one it targets.
 */
final class SampleValues {

    private final Map<String, String> ids;

    /** {@code ids}: a real record's id by the name a parameter or property gives it (e.g. {@code resident_id}). */
    SampleValues(Map<String, String> ids) {
        this.ids = ids;
    }

    Object of(String name, Map<String, Object> schema) {
        return of(name, schema, 0);
    }

    private Object of(String name, Map<String, Object> schema, int depth) {
        if (schema.containsKey("enum")) {
            return list(schema.get("enum")).get(0);
        }
        if (schema.containsKey("default") && !"object".equals(schema.get("type"))) {
            return schema.get("default");
        }
        String type = (String) schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string");
        return switch (type) {
            case "integer" -> number(schema).longValue();
            case "number" -> number(schema);
            case "boolean" -> true;
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int n = Math.max(1, ((Number) schema.getOrDefault("minItems", 1)).intValue());
                for (int i = 0; i < n && depth < 6; i++) {
                    items.add(of(name, map(schema.get("items")), depth + 1));
                }
                yield items;
            }
            case "object" -> object(schema, depth);
            default -> string(name, schema);
        };
    }

    Map<String, Object> object(Map<String, Object> schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> properties = map(schema.get("properties"));
        for (Object required : list(schema.get("required"))) {
            String property = (String) required;
            if (properties.containsKey(property) && depth < 6) {
                out.put(property, of(property, map(properties.get(property)), depth + 1));
            }
        }
        return out;
    }

    private static Double number(Map<String, Object> schema) {
        if (schema.get("minimum") instanceof Number min) {
            return Math.max(min.doubleValue(), 1.0);
        }
        if (schema.get("maximum") instanceof Number max) {
            return Math.min(max.doubleValue(), 1.0);
        }
        return 1.0;
    }

    private String string(String name, Map<String, Object> schema) {
        String format = (String) schema.getOrDefault("format", "");
        String lower = name == null ? "" : name.toLowerCase();
        return switch (format) {
            case "uuid" -> ids.getOrDefault(lower, ids.getOrDefault(lower.replace("_ids", "_id"), UUID.randomUUID().toString()));
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            case "email" -> "fuzz@example.org";
            case "uri", "url" -> "https://example.org/fuzz";
            default -> plain(lower, schema);
        };
    }

    private String plain(String name, Map<String, Object> schema) {
        if (ids.containsKey(name)) {
            return ids.get(name);
        }
        if (name.contains("postcode")) {
            return "S60 1AA";
        }
        if (name.contains("nhs")) {
            return "9434765919";
        }
        if (name.contains("ods")) {
            return "C87001";
        }
        if (name.equals("if-match")) {
            return "\"1\"";
        }
        String text = "fuzz";
        int min = ((Number) schema.getOrDefault("minLength", 1)).intValue();
        int max = ((Number) schema.getOrDefault("maxLength", 1000)).intValue();
        while (text.length() < min) {
            text = text + "z";
        }
        return text.substring(0, Math.min(text.length(), Math.max(max, 1)));
    }
}
