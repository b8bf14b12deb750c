package org.signpost.referral.web;

import static org.signpost.people.web.ResidentMapping.time;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.contract.model.Caseload;
import org.signpost.contract.model.CaseloadEpisode;
import org.signpost.contract.model.EpisodeStatus;
import org.signpost.contract.model.Reminder;
import org.signpost.contract.model.ResidentEpisodeSummary;
import org.signpost.contract.model.ResidentMatch;
import org.signpost.contract.model.ResidentMatches;
import org.signpost.contract.model.ReminderKind;
import org.signpost.contract.model.Urgency;
import org.signpost.contract.server.CaseloadApi;
import org.signpost.referral.application.CaseloadView;
import org.signpost.referral.application.Caseloads;
import org.signpost.referral.application.ResidentFinder;
import org.signpost.people.model.ResidentDetails;
import org.signpost.security.web.CurrentActor;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseloadController implements CaseloadApi {

    private final CurrentActor currentActor;
    private final PersonalDataAccess access;
    private final Caseloads caseloads;

    private final ResidentFinder finder;

    CaseloadController(CurrentActor currentActor, PersonalDataAccess access, Caseloads caseloads, ResidentFinder finder) {
        this.currentActor = currentActor;
        this.access = access;
        this.caseloads = caseloads;
        this.finder = finder;
    }

    @Override
    public Caseload getCaseload(String linkWorker, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.READ, Resource.of("caseload", linkWorker, null));
        CaseloadView v = caseloads.of(who, linkWorker);
        Map<String, Long> episodes = new LinkedHashMap<>();
        v.episodesByStatus().forEach((k, n) -> episodes.put(k.wire(), n));
        Map<String, Long> referrals = new LinkedHashMap<>();
        v.referralsByStatus().forEach((k, n) -> referrals.put(k.wire(), n));
        return new Caseload(v.linkWorker(), episodes, referrals, v.open().stream().map(CaseloadController::entry).toList(),
                v.overdue().stream().map(CaseloadController::entry).toList(), v.reminders().stream().map(r -> new Reminder(
                        ReminderKind.valueOf(r.kind().name()), r.referralId(), r.episodeId(), r.serviceName(), time(r.since()),
                        r.detail())).toList());
    }

    @Override
    public ResidentMatches findResidents(String name, LocalDate dateOfBirth, String nhsNumber, UUID residentId, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.READ, Resource.of("resident", null, null));
        return new ResidentMatches(finder.find(who, name, dateOfBirth, nhsNumber, residentId).stream().map(m -> {
            ResidentDetails d = m.resident().details();
            return new ResidentMatch(m.resident().id(), m.resident().schemeId(), d.givenName(), d.familyName(), d.dateOfBirth(),
                    d.postcode(), m.episodes().stream().map(e -> new ResidentEpisodeSummary(e.id(),
                            EpisodeStatus.valueOf(e.status().name()), e.receivedOn(), e.reason())
                            .assignedTo(e.assignedTo() == null ? null : m.usernames().get(e.assignedTo()))).toList())
                    .preferredName(d.preferredName()).nhsNumber(d.nhsNumber());
        }).toList());
    }

    private static CaseloadEpisode entry(CaseloadView.Entry e) {
        return new CaseloadEpisode(e.episodeId(), e.residentId(), e.residentName(), EpisodeStatus.valueOf(e.status().name()),
                Urgency.valueOf(e.urgency().name())).nextContactDue(e.nextContactDue()).overdue(e.overdue());
    }
}
