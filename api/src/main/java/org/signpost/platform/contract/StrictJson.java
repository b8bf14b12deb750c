package org.signpost.platform.contract;

import static org.signpost.platform.contract.RequestSchemas.list;
import static org.signpost.platform.contract.RequestSchemas.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.signpost.platform.errors.FieldViolation;

/**
 * The rule for what a JSON body may hold, checked against the contract before any binding:
 * every value has the JSON type the contract gives it (no coercion: {@code 12345} is not a date,
 * {@code "5"} is not an integer), enum values are among those listed, dates and UUIDs are well
 * formed, an array never holds null, and no text holds NUL, other control characters or
 * bidirectional overrides (which would let a name display differently from what it is).
 * A null property is left to the rules that know what null means there.
 */
public final class StrictJson {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictJson() {
    }

    public static List<FieldViolation> check(JsonNode body, Map<String, Object> schema) {
        List<FieldViolation> out = new ArrayList<>();
        if (body == null || body.isNull()) {
            out.add(new FieldViolation("body", "must be " + expected(schema) + ", not null"));
            return out;
        }
        check(body, schema, "", out);
        return out;
    }

    private static void check(JsonNode node, Map<String, Object> schema, String field, List<FieldViolation> out) {
        if (schema.isEmpty() || out.size() >= 20) {
            return;
        }
        String name = field.isEmpty() ? "body" : field;
        if (node.isNull()) {
            return; // an absent or null property: bean validation and the rules say whether it is required
        }
        List<Object> allowed = list(schema.get("enum"));
        if (!allowed.isEmpty()) {
            boolean listed = node.isValueNode() && allowed.stream().anyMatch(v -> v instanceof String
                    ? node.isTextual() && v.equals(node.textValue())
                    : !node.isTextual() && String.valueOf(v).equals(node.asText()));
            if (!listed) {
                out.add(new FieldViolation(name, "must be " + expected(schema) + ", not " + shown(node)));
            }
            return;
        }
        String type = type(schema);
        switch (type) {
            case "string" -> {
                if (!node.isTextual()) {
                    out.add(new FieldViolation(name, "must be " + expected(schema) + ", not " + shown(node)));
                    return;
                }
                text(node.textValue(), schema, name, out);
            }
            case "integer" -> {
                if (!node.isIntegralNumber()) {
                    out.add(new FieldViolation(name, "must be " + expected(schema) + ", not " + shown(node)));
                } else if (!node.canConvertToLong()) {
                    out.add(new FieldViolation(name, "is too large"));
                }
            }
            case "number" -> {
                if (!node.isNumber()) {
                    out.add(new FieldViolation(name, "must be " + expected(schema) + ", not " + shown(node)));
                }
            }
            case "boolean" -> {
                if (!node.isBoolean()) {
                    out.add(new FieldViolation(name, "must be " + expected(schema) + ", not " + shown(node)));
                }
            }
            case "array" -> {
                if (!node.isArray()) {
                    out.add(new FieldViolation(name, "must be " + expected(schema) + ", not " + shown(node)));
                    return;
                }
                Map<String, Object> items = map(schema.get("items"));
                for (int i = 0; i < node.size(); i++) {
                    if (node.get(i).isNull() && !nullable(items)) {
                        out.add(new FieldViolation(name + "[" + i + "]", "must be " + expected(items) + ", not null"));
                    } else {
                        check(node.get(i), items, name + "[" + i + "]", out);
                    }
                }
            }
            case "object" -> {
                if (!node.isObject()) {
                    out.add(new FieldViolation(name, "must be " + expected(schema) + ", not " + shown(node)));
                    return;
                }
                Map<String, Object> properties = map(schema.get("properties"));
                Map<String, Object> values = map(schema.get("additionalProperties"));
                node.fields().forEachRemaining(entry -> {
                    String child = field.isEmpty() ? entry.getKey() : field + "." + entry.getKey();
                    if (properties.containsKey(entry.getKey())) {
                        check(entry.getValue(), map(properties.get(entry.getKey())), child, out);
                    } else if (!values.isEmpty()) {
                        if (entry.getValue().isNull() && !nullable(values)) {
                            out.add(new FieldViolation(child, "must be " + expected(values) + ", not null"));
                        } else {
                            check(entry.getValue(), values, child, out);
                        }
                    }
                });
            }
            default -> { }
        }
    }

    private static void text(String value, Map<String, Object> schema, String name, List<FieldViolation> out) {
        String format = String.valueOf(schema.getOrDefault("format", ""));
        boolean wellFormed = switch (format) {
            case "uuid" -> UUID.matcher(value).matches();
            case "date" -> DATE.matcher(value).matches() && parses(() -> LocalDate.parse(value));
            case "date-time" -> parses(() -> OffsetDateTime.parse(value));
            default -> true;
        };
        if (!wellFormed) {
            out.add(new FieldViolation(name, "must be " + expected(schema) + ", not \"" + abbreviate(value) + "\""));
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                out.add(new FieldViolation(name, String.format("must not contain control characters (found U+%04X at %d)", (int) c, i)));
                return;
            }
            if (Character.getType(c) == Character.FORMAT && bidi(c)) {
                out.add(new FieldViolation(name, String.format(
                        "must not contain bidirectional control characters, which make text display differently from what it is (found U+%04X at %d)",
                        (int) c, i)));
                return;
            }
        }
    }

    private static boolean nullable(Map<String, Object> schema) {
        return Boolean.TRUE.equals(schema.get("nullable"));
    }

    /** Unicode's bidirectional formatting characters (embeddings, overrides, isolates, marks). */
    private static boolean bidi(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** What the contract allows there, in words a client developer knows. */
    static String expected(Map<String, Object> schema) {
        List<Object> allowed = list(schema.get("enum"));
        if (!allowed.isEmpty()) {
            return "one of " + allowed.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        String format = String.valueOf(schema.getOrDefault("format", ""));
        return switch (type(schema)) {
            case "string" -> switch (format) {
                case "uuid" -> "a UUID (e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6)";
                case "date" -> "a date YYYY-MM-DD";
                case "date-time" -> "a date and time with an offset (e.g. 2026-01-15T10:00:00Z)";
                default -> "a string";
            };
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "an array";
            case "object" -> "an object";
            default -> "a value";
        };
    }

    private static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type != null) {
            return String.valueOf(type);
        }
        return schema.containsKey("properties") ? "object" : "";
    }

    private static String shown(JsonNode node) {
        if (node.isTextual()) {
            return "the string \"" + abbreviate(node.textValue()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + abbreviate(node.asText());
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "an array" : node.isObject() ? "an object" : "null";
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
