package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.Resident;
import org.signpost.people.model.StaffScope;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.model.Episode;
import org.signpost.security.application.UserDirectory;

/**
 * Finding a resident of the caller's schemes by name, date of birth, NHS number or id, with their episodes: how a link
 * worker gets from a name to a record (and how the console shows possible duplicates before a record is made). Only within
 * the staff scope, so it finds exactly what a single read would allow; every match is an audited read.
 */
@Singleton
public class ResidentFinder {

    public static final int LIMIT = 20;
    static final List<String> FIELDS = List.of("given_name", "family_name", "preferred_name", "date_of_birth", "postcode",
            "nhs_number");

    /** A match and its episodes (newest first), with the usernames of whoever they are assigned to. */
    public record Match(Resident resident, List<Episode> episodes, Map<UUID, String> usernames) {
    }

    private final ResidentDirectory residents;
    private final EpisodeRepository episodes;
    private final PersonalDataAccess access;
    private final UserDirectory users;
    private final TransactionOperations<Connection> transactions;

    ResidentFinder(ResidentDirectory residents, EpisodeRepository episodes, PersonalDataAccess access, UserDirectory users,
            TransactionOperations<Connection> transactions) {
        this.residents = residents;
        this.episodes = episodes;
        this.access = access;
        this.users = users;
        this.transactions = transactions;
    }

    public List<Match> find(Access who, String name, LocalDate dateOfBirth, String nhsNumber, UUID residentId) {
        List<String> words = name == null ? List.of()
                : Arrays.stream(name.trim().split("\\s+")).filter(w -> !w.isEmpty()).limit(5).toList();
        String nhs = nhsNumber == null ? null : nhsNumber.replace(" ", "");
        if (nhs != null && nhs.isEmpty()) {
            nhs = null;
        }
        if (words.isEmpty() && dateOfBirth == null && nhs == null && residentId == null) {
            throw new InvalidInputException("name", "Give a name, a date of birth, an NHS number or a resident id to search by");
        }
        StaffScope scope = residents.staffScope(who.actor());
        if (scope.isEmpty() && scope.refusal().equals(StaffScope.NOT_STAFF)) {
            throw access.denied(who, AuditAction.READ, Resource.of("resident", null, null), StaffScope.NOT_STAFF);
        }
        List<Resident> found = residents.search(scope, words, dateOfBirth, nhs, residentId, LIMIT);
        List<Match> matches = new ArrayList<>();
        Set<UUID> assignees = new HashSet<>();
        List<List<Episode>> theirs = new ArrayList<>();
        transactions.executeRead(status -> {
            for (Resident r : found) {
                List<Episode> list = episodes.ofResident(r.id()).stream().filter(e -> scope.decide(e.schemeId()).allowed()).toList();
                list.forEach(e -> {
                    if (e.assignedTo() != null) {
                        assignees.add(e.assignedTo());
                    }
                });
                theirs.add(list);
            }
            return null;
        });
        Map<UUID, String> names = users.usernames(assignees);
        for (int i = 0; i < found.size(); i++) {
            matches.add(new Match(found.get(i), theirs.get(i), names));
        }
        if (!found.isEmpty()) {
            access.allowedEach(who, AuditAction.READ, found.stream().map(r -> Resource.resident(r.id())).toList(), FIELDS);
        }
        return matches;
    }
}
