package org.signpost.seeds.oruk;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes optional JSON fields, leaving out nulls. */
final class Fields {

    private Fields() {
    }

    /** Writes {@code value.toString()} (UUIDs, dates, times, instants print as ORUK wants them). */
    static void string(JsonGenerator json, String name, Object value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }

    static void number(JsonGenerator json, String name, Integer value) throws IOException {
        if (value != null) {
            json.writeNumberField(name, value);
        }
    }
}
