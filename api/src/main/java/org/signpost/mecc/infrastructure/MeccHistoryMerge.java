package org.signpost.mecc.infrastructure;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.signpost.people.application.ResidentMergeParticipant;

/** MECC records linked (with consent) to a merged resident record move to the surviving one. */
@Singleton
class MeccHistoryMerge implements ResidentMergeParticipant {

    private final MeccRepository repository;

    MeccHistoryMerge(MeccRepository repository) {
        this.repository = repository;
    }

    @Override
    public String history() {
        return "mecc_conversations";
    }

    @Override
    public int move(UUID from, UUID to) {
        return repository.moveResident(from, to);
    }
}
