package org.signpost.seeds.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ServiceRules;
import org.signpost.seeds.model.Violation;

/** Checks the records of one feed in order: maps each, applies the rules, catches repeated ids. */
final class FeedChecker {

    private final ServiceRules rules;
    private final FeedListener listener;
    private final Map<UUID, Integer> firstPositions = new HashMap<>();
    private int records;
    private int accepted;
    private int rejected;
    private int warnings;

    FeedChecker(ServiceRules rules, FeedListener listener) {
        this.rules = rules;
        this.listener = listener;
    }

    void check(JsonNode record) {
        int position = ++records;
        if (!record.isObject()) {
            reject(new Rejection(position, null, List.of(new Violation("record", "is not a JSON object"))));
            return;
        }
        RecordProblems problems = new RecordProblems();
        JsonValues values = new JsonValues(record, "", problems);
        String recordId = values.raw("id");
        ImportedService service = ServiceMapper.service(values);
        problems.rejectAll(rules.check(service));
        if (service.sourceId() != null) {
            Integer first = firstPositions.putIfAbsent(service.sourceId(), position);
            if (first != null) {
                problems.reject("id", "duplicate id, first seen at record #" + first);
            }
        }
        if (problems.rejected()) {
            reject(new Rejection(position, recordId, problems.rejections()));
            return;
        }
        for (Violation w : problems.warnings()) {
            warnings++;
            listener.warned(new FeedWarning(position, recordId, w.field(), w.detail()));
        }
        accepted++;
        listener.accepted(service);
    }

    private void reject(Rejection rejection) {
        rejected++;
        listener.rejected(rejection);
    }

    int records() {
        return records;
    }

    FeedSummary summary() {
        return new FeedSummary(records, accepted, rejected, warnings);
    }
}
