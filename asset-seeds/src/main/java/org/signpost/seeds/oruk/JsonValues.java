package org.signpost.seeds.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.signpost.seeds.text.HtmlText;

/**
 * Reads typed values out of one ORUK JSON object, reporting what is wrong instead of throwing.
 * Field names in reports are the JSON paths ({@code prefix + field}).
 */
final class JsonValues {


    private final JsonNode node;
    private final String prefix;
    private final RecordProblems problems;

    JsonValues(JsonNode node, String prefix, RecordProblems problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    JsonValues child(JsonNode childNode, String childPrefix) {
        return new JsonValues(childNode, prefix + childPrefix, problems);
    }

    String path(String field) {
        return prefix + field;
    }

    RecordProblems problems() {
        return problems;
    }

    /** The field's node, or null when absent or JSON null. */
    JsonNode node(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** Raw value without HTML sanitising, trimmed (also of no-break spaces); null when absent or blank. */
    String raw(String field) {
        JsonNode value = node(field);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            problems.warn(path(field), "is not a single value; ignored");
            return null;
        }
        String text = trim(value.asText());
        return text.isEmpty() ? null : text;
    }

    /** Plain text: HTML sanitised, cut to {@code limit} characters with a warning; null when blank. */
    String text(String field, int limit) {
        String raw = raw(field);
        if (raw == null) {
            return null;
        }
        String text = HtmlText.sanitise(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > limit) {
            problems.warn(path(field), "was " + text.length() + " characters long; cut to " + limit);
            return Truncation.cut(text, limit);
        }
        return text;
    }

    /** A UUID; a value that is not one rejects the record, and so does a missing one when required. */
    UUID uuid(String field, boolean required) {
        String raw = raw(field);
        if (raw == null) {
            if (required) {
                problems.reject(path(field), "is required");
            }
            return null;
        }
        if (!isUuid(raw)) {
            problems.reject(path(field), "'" + Truncation.cut(raw, 60) + "' is not a UUID");
            return null;
        }
        return UUID.fromString(raw);
    }

    /** Trims whitespace, no-break and zero-width spaces and byte order marks from both ends. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEdgeSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private static boolean isEdgeSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u202F';
    }

    /** The canonical 8-4-4-4-12 hexadecimal form (UUID.fromString alone also accepts shorter groups). */
    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A whole number (JSON integer, or integral number or text); anything else rejects the record. */
    Integer wholeNumber(String field) {
        BigDecimal value = decimal(field, "a whole number");
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            problems.reject(path(field), "'" + value.toPlainString() + "' is not a whole number");
            return null;
        }
    }

    /** A number (JSON number or numeric text, scale kept); anything else rejects the record. */
    BigDecimal decimal(String field) {
        return decimal(field, "a number");
    }

    private BigDecimal decimal(String field, String what) {
        JsonNode value = node(field);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String raw = raw(field);
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            problems.reject(path(field), "'" + Truncation.cut(raw, 60) + "' is not " + what);
            return null;
        }
    }

    /** A coordinate in degrees; a value that is not a finite number rejects the record. */
    Double degrees(String field) {
        BigDecimal value = decimal(field);
        return value == null ? null : value.doubleValue();
    }

    /** The elements of an array field; absent is empty, a non-array is ignored with a warning. */
    List<JsonNode> array(String field) {
        JsonNode value = node(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.warn(path(field), "is not an array; ignored");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    /** The object elements of an array field, each with its path; other elements are ignored with a warning. */
    List<JsonValues> objects(String field) {
        List<JsonNode> nodes = array(field);
        List<JsonValues> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).isObject()) {
                result.add(child(nodes.get(i), field + "[" + i + "]."));
            } else {
                problems.warn(path(field + "[" + i + "]"), "is not an object; ignored");
            }
        }
        return result;
    }

    /** An object field, or null (a non-object is ignored with a warning). */
    JsonNode object(String field) {
        JsonNode value = node(field);
        if (value != null && !value.isObject()) {
            problems.warn(path(field), "is not an object; ignored");
            return null;
        }
        return value;
    }
}
