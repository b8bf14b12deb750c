package org.signpost.seeds;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Every text value inside a record, however deeply nested, with its path (for assertions over whole records). */
public final class TextFields {

    private TextFields() {
    }

    public record Text(String path, String value) {
    }

    public static List<Text> of(Record record) {
        List<Text> out = new ArrayList<>();
        collect("", record, out);
        return out;
    }

    private static void collect(String path, Object value, List<Text> out) {
        if (value instanceof String s) {
            out.add(new Text(path, s));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(path + "." + c.getName(), c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(path + "[" + i++ + "]", item, out);
            }
        }
    }
}
