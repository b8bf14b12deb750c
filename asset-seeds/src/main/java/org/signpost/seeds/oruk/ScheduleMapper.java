package org.signpost.seeds.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.signpost.seeds.model.Frequency;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.RecurrenceRules;
import org.signpost.seeds.model.TextLimits;

/** Reads ORUK schedule objects. */
final class ScheduleMapper {

    private ScheduleMapper() {
    }

    static List<ImportedSchedule> schedules(JsonValues parent, String field) {
        List<JsonNode> nodes = parent.array(field);
        List<ImportedSchedule> schedules = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            JsonValues v = parent.child(nodes.get(i), field + "[" + i + "].");
            if (!nodes.get(i).isObject()) {
                v.problems().reject(parent.path(field + "[" + i + "]"), "is not an object");
                continue;
            }
            schedules.add(schedule(v));
        }
        return schedules;
    }

    private static ImportedSchedule schedule(JsonValues v) {
        Frequency freq = null;
        String freqText = v.raw("freq");
        if (freqText != null) {
            freq = Frequency.fromCode(freqText.toUpperCase(Locale.ROOT)).orElse(null);
            if (freq == null) {
                v.problems().reject(v.path("freq"), "'" + freqText + "' is not one of " + Frequency.allowedCodes());
            }
        }
        return new ImportedSchedule(
                v.uuid("id", false),
                freq,
                v.wholeNumber("interval"),
                RecurrenceRules.compact(v.raw("byday")),
                RecurrenceRules.compact(v.raw("bymonthday")),
                LenientFormats.time(v, "opens_at"),
                LenientFormats.time(v, "closes_at"),
                LenientFormats.date(v, "valid_from", true),
                LenientFormats.date(v, "valid_to", true),
                LenientFormats.date(v, "dtstart", true),
                v.text("description", TextLimits.NOTE),
                v.text("attending_type", TextLimits.NAME),
                v.text("notes", TextLimits.NOTE));
    }
}
