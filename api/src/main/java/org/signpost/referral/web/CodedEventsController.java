package org.signpost.referral.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.contract.model.CodedEvent;
import org.signpost.contract.model.CodedEventPage;
import org.signpost.contract.server.CodedEventsApi;
import org.signpost.referral.application.CodedEventExport;
import org.signpost.security.web.CurrentActor;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CodedEventsController implements CodedEventsApi {

    private final CurrentActor currentActor;
    private final PersonalDataAccess access;
    private final CodedEventExport export;

    CodedEventsController(CurrentActor currentActor, PersonalDataAccess access, CodedEventExport export) {
        this.currentActor = currentActor;
        this.access = access;
        this.export = export;
    }

    @Override
    public CodedEventPage listCodedEvents(Long after, Integer limit, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.EXPORT, Resource.of("coded_event", null, null));
        var page = export.after(who, after == null ? 0 : after, limit == null ? 100 : limit);
        return new CodedEventPage(page.events().stream().map(e -> {
            CodedEvent out = ReferralMapping.codedEvent(e.event());
            out.setNhsNumber(e.nhsNumber());
            out.setPracticeOdsCode(e.practiceOdsCode());
            return out;
        }).toList(), page.nextCursor());
    }
}
