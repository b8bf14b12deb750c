package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One mapping of a parsed definition file (plain maps, lists, strings, numbers, booleans as a
 * YAML or JSON parser gives them), read field by field. Each fault is written down with its path
 * and reading carries on, so an author sees every problem at once.
 */
final class DefinitionNode {

    private final String path;
    private final Map<?, ?> fields;
    private final List<String> problems;

    DefinitionNode(String path, Map<?, ?> fields, List<String> problems) {
        this.path = path;
        this.fields = fields;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    void problem(String key, String detail) {
        problems.add(where(key) + ": " + detail);
    }

    void refuseUnknownFields(Set<String> known) {
        for (Object key : fields.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problems.add(where(String.valueOf(key)) + ": unknown field (expected one of " + new TreeSet<>(known) + ")");
            }
        }
    }

    String requiredString(String key) {
        return optionalString(key).orElseGet(() -> {
            if (fields.get(key) == null) {
                problem(key, "is required");
            }
            return null;
        });
    }

    Optional<String> optionalString(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String || value instanceof Number) {
            String text = String.valueOf(value).strip();
            if (text.isEmpty()) {
                problem(key, "must not be blank");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        problem(key, "must be text");
        return Optional.empty();
    }

    Integer requiredInt(String key) {
        Object value = fields.get(key);
        if (value == null) {
            problem(key, "is required");
            return null;
        }
        return integer(key, value);
    }

    Integer integer(String key, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            BigInteger big = new BigInteger(value.toString());
            if (big.bitLength() < 32) {
                return big.intValue();
            }
        }
        problem(key, "must be a whole number, not " + value);
        return null;
    }

    BigDecimal requiredDecimal(String key) {
        Object value = fields.get(key);
        if (value == null) {
            problem(key, "is required");
            return null;
        }
        return decimal(key, value);
    }

    Optional<BigDecimal> optionalDecimal(String key) {
        Object value = fields.get(key);
        return value == null ? Optional.empty() : Optional.ofNullable(decimal(key, value));
    }

    BigDecimal decimal(String key, Object value) {
        try {
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (Double.isFinite(d)) {
                    return BigDecimal.valueOf(d);
                }
            } else if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(key, "must be a number, not " + value);
        return null;
    }

    Boolean requiredBoolean(String key) {
        Object value = fields.get(key);
        if (value == null) {
            problem(key, "is required (true or false)");
            return null;
        }
        return bool(key, value);
    }

    boolean optionalBoolean(String key, boolean otherwise) {
        Object value = fields.get(key);
        if (value == null) {
            return otherwise;
        }
        Boolean b = bool(key, value);
        return b == null ? otherwise : b;
    }

    private Boolean bool(String key, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        problem(key, "must be true or false, not " + value);
        return null;
    }

    <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
        String value = requiredString(key);
        return value == null ? null : enumValue(key, value, type);
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
        return optionalString(key).map(value -> enumValue(key, value, type));
    }

    private <E extends Enum<E>> E enumValue(String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            problem(key, "must be one of " + names + ", not " + value);
            return null;
        }
    }

    Optional<DefinitionNode> optionalNode(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new DefinitionNode(where(key), map, problems));
        }
        problem(key, "must be a mapping of fields");
        return Optional.empty();
    }

    /** The entries of a mapping such as a conversion table, keyed as written. */
    Map<Object, Object> entries(String key) {
        Object value = fields.get(key);
        Map<Object, Object> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach(entries::put);
        } else if (value != null) {
            problem(key, "must be a mapping");
        }
        return entries;
    }

    List<DefinitionNode> nodes(String key) {
        Object value = fields.get(key);
        List<DefinitionNode> nodes = new ArrayList<>();
        if (value == null) {
            return nodes;
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "must be a list");
            return nodes;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                nodes.add(new DefinitionNode(where(key) + "[" + i + "]", map, problems));
            } else {
                problems.add(where(key) + "[" + i + "]: must be a mapping of fields");
            }
        }
        return nodes;
    }

    List<String> strings(String key) {
        Object value = fields.get(key);
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object element : list) {
                strings.add(String.valueOf(element));
            }
        } else if (value != null) {
            problem(key, "must be a list");
        }
        return strings;
    }

    String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
