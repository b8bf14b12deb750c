package org.signpost.platform.web;

/** Turns Java-side names of a fault into the JSON names the client sent. */
final class FieldNames {

    private FieldNames() {
    }

    /**
     * A bean-validation path is {@code method.parameter.property...} (or {@code method.parameter}
     * for a query parameter); the client knows only the part after the parameter, in snake_case
     * as the contract spells it. A parameter that could not be converted (an unknown enum value)
     * arrives as {@code /argumentName}.
     */
    static String fromViolationPath(String path) {
        if (path.startsWith("/")) {
            return snakeCase(path.substring(1));
        }
        String[] segments = path.split("\\.");
        int from = segments.length >= 3 ? 2 : segments.length == 2 ? 1 : 0;
        StringBuilder field = new StringBuilder();
        for (int i = from; i < segments.length; i++) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(snakeCase(segments[i]));
        }
        return field.toString();
    }

    static String snakeCase(String name) {
        if (name.contains("_") || name.contains("-")) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
