package org.signpost.mecc.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.directory.application.ServiceListings;
import org.signpost.mecc.infrastructure.MeccRepository;
import org.signpost.mecc.model.MeccAction;
import org.signpost.mecc.model.MeccConversation;
import org.signpost.mecc.model.MeccIntention;
import org.signpost.mecc.model.MeccLevel;
import org.signpost.mecc.model.MeccVocabulary;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.Resident;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;

/** Records a MECC conversation in one request; anonymous unless the person agreed to be linked. */
@Singleton
public class MeccRecording {

    /** The request, field by field. */
    public record Request(LocalDate heldOn, String setting, String organisation, String practitionerRole, List<String> topics,
            MeccLevel level, MeccAction action, UUID signpostedServiceId, MeccIntention statedIntention, UUID residentId,
            Boolean residentConsented) {
    }

    private final MeccRepository repository;
    private final MeccPractitioners practitioners;
    private final MeccVocabulary vocabulary;
    private final ServiceListings services;
    private final ResidentDirectory residents;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    MeccRecording(MeccRepository repository, MeccPractitioners practitioners, MeccSettings settings, ServiceListings services,
            ResidentDirectory residents, PersonalDataAccess access, TransactionOperations<Connection> transactions, Clock clock) {
        this.repository = repository;
        this.practitioners = practitioners;
        this.vocabulary = new MeccVocabulary(settings.topics(), settings.settings());
        this.services = services;
        this.residents = residents;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public MeccVocabulary vocabulary() {
        return vocabulary;
    }

    /** {@code who} is needed (a stated purpose) only when the record names a resident. */
    public MeccConversation record(Actor actor, Access who, Request r) {
        if (!practitioners.holds(actor.userId())) {
            throw new ForbiddenException("Recording MECC conversations needs the MECC permission (ask an administrator)");
        }
        Violations violations = new Violations();
        if (r.heldOn().isAfter(LocalDate.now(clock))) {
            violations.add("held_on", "must not be in the future");
        }
        if (!vocabulary.knowsSetting(r.setting())) {
            violations.add("setting", "Not a configured setting: " + r.setting() + "; one of " + vocabulary.settings());
        }
        Set<String> topics = new LinkedHashSet<>();
        for (int i = 0; i < r.topics().size(); i++) {
            String topic = r.topics().get(i);
            if (vocabulary.knowsTopic(topic)) {
                topics.add(MeccVocabulary.normal(topic));
            } else {
                violations.add("topics[" + i + "]", "Not a configured MECC topic: " + topic + "; one of " + vocabulary.topics());
            }
        }
        if (r.action() == MeccAction.SIGNPOSTED && r.signpostedServiceId() == null) {
            violations.add("signposted_service_id", "names the directory service the person was signposted to");
        }
        if (r.action() != MeccAction.SIGNPOSTED && r.signpostedServiceId() != null) {
            violations.add("signposted_service_id", "only when the action is signposted");
        }
        if (r.signpostedServiceId() != null
                && services.loadWithoutParts(r.signpostedServiceId()).filter(s -> s.deletedAt() == null).isEmpty()) {
            violations.add("signposted_service_id", "No service " + r.signpostedServiceId() + " in the directory");
        }
        Resident resident = null;
        if (r.residentId() != null) {
            if (!Boolean.TRUE.equals(r.residentConsented())) {
                violations.add("resident_consented", "a MECC record names a person only with their consent");
            }
            resident = residents.find(r.residentId()).orElse(null);
            if (resident == null) {
                violations.add("resident_id", "No resident " + r.residentId());
            }
        }
        violations.throwIfAny();
        if (resident != null) {
            Decision decision = residents.mayAccess(actor, resident);
            if (decision.denied()) {
                throw access.denied(who, AuditAction.CREATE, Resource.of("mecc_conversation", null, resident.id()), decision.reason());
            }
        }
        MeccConversation conversation = new MeccConversation(UUID.randomUUID(), r.heldOn(), MeccVocabulary.normal(r.setting()),
                blank(r.organisation()), blank(r.practitionerRole()), new ArrayList<>(topics), r.level(), r.action(),
                r.signpostedServiceId(), r.statedIntention() == null ? MeccIntention.NOT_STATED : r.statedIntention(),
                resident == null ? null : resident.id(), actor.userId(), clock.instant());
        UUID linked = conversation.residentId();
        transactions.executeWrite(status -> {
            repository.insert(conversation);
            if (linked != null) {
                access.allowed(who, AuditAction.CREATE, Resource.of("mecc_conversation", conversation.id(), linked),
                        List.of("mecc_conversation"));
            }
            return null;
        });
        return conversation;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
