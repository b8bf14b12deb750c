package org.signpost.webhooks.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.events.EventTypes;
import org.signpost.platform.events.OrganisationEvent;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;
import org.signpost.webhooks.infrastructure.WebhookRepository;
import org.signpost.webhooks.model.DeliveryAttempt;
import org.signpost.webhooks.model.Subscription;
import org.signpost.webhooks.model.WebhookSignature;

/**
 * Managing an organisation's webhook subscriptions: an ADMIN, or a GROUP_EDITOR of that organisation. As elsewhere
 * in the API, what does not exist is 404 and another organisation's is 403.
 */
@Singleton
public class WebhookSubscriptions {

    /** A new subscription and its secret, which is never shown again. */
    public record Created(Subscription subscription, String secret) {
    }

    /** What an editor asks for. */
    public record Request(String url, String description, List<String> eventTypes) {
    }

    /** One page of the delivery log. */
    public record Page(List<DeliveryAttempt> items, long total, int page, int perPage) {
    }

    /** The event types a subscription may name: those an organisation may hear ({@code WebhookEventPolicy}). */
    static final Set<String> TYPES = Arrays.stream(PlatformEvent.class.getPermittedSubclasses())
            .filter(OrganisationEvent.class::isAssignableFrom).filter(c -> c != PlatformEvent.ReferralDrafted.class)
            .map(c -> EventTypes.schemaOf(c).type()).collect(Collectors.toCollection(TreeSet::new));

    private final WebhookRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final WebhookTargets targets;
    private final SecretBox secrets;
    private final Clock clock;

    WebhookSubscriptions(WebhookRepository repository, TransactionOperations<Connection> transactions, WebhookTargets targets,
            SecretBox secrets, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.targets = targets;
        this.secrets = secrets;
        this.clock = clock;
    }

    public List<Subscription> list(Actor actor, UUID organisation) {
        return transactions.executeRead(status -> {
            requireManager(actor, organisation);
            return repository.ofOrganisation(organisation);
        });
    }

    public Created create(Actor actor, UUID organisation, Request request) {
        transactions.executeRead(status -> {
            requireManager(actor, organisation);
            return null;
        });
        List<FieldViolation> violations = new ArrayList<>();
        targets.refuse(request.url() == null ? "" : request.url()).ifPresent(why -> violations.add(new FieldViolation("url", why)));
        if (request.description() != null && request.description().length() > 200) {
            violations.add(new FieldViolation("description", "must be at most 200 characters"));
        }
        List<String> types = request.eventTypes() == null ? List.of() : request.eventTypes().stream().distinct().sorted().toList();
        for (int i = 0; i < types.size(); i++) {
            if (!TYPES.contains(types.get(i))) {
                violations.add(new FieldViolation("event_types", "'" + types.get(i) + "' is not an event an organisation hears; one of " + TYPES));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String secret = WebhookSignature.newSecret(secrets.random());
        String description = request.description() == null || request.description().isBlank() ? null : request.description().trim();
        Subscription subscription = new Subscription(UUID.randomUUID(), organisation, request.url().trim(), description, types,
                secrets.seal(secret), clock.instant(), 0, null, null);
        transactions.executeWrite(status -> {
            repository.insert(subscription, actor.userId());
            return null;
        });
        return new Created(transactions.executeRead(status -> repository.find(subscription.id()).orElseThrow()), secret);
    }

    public Subscription get(Actor actor, UUID id) {
        return transactions.executeRead(status -> managed(actor, id));
    }

    public void delete(Actor actor, UUID id) {
        transactions.executeWrite(status -> repository.delete(managed(actor, id).id()));
    }

    public Subscription enable(Actor actor, UUID id) {
        return transactions.executeWrite(status -> {
            repository.enable(managed(actor, id).id());
            return repository.find(id).orElseThrow();
        });
    }

    public Page deliveries(Actor actor, UUID id, int page, int perPage) {
        return transactions.executeRead(status -> {
            managed(actor, id);
            return new Page(repository.attempts(id, (long) (page - 1) * perPage, perPage), repository.countAttempts(id), page, perPage);
        });
    }

    private Subscription managed(Actor actor, UUID id) {
        Subscription subscription = repository.find(id).orElseThrow(() -> new NotFoundException("No webhook subscription " + id));
        if (!mayManage(actor, subscription.organisationId())) {
            throw new ForbiddenException("Only an ADMIN or the organisation's group editors manage its webhooks");
        }
        return subscription;
    }

    private void requireManager(Actor actor, UUID organisation) {
        if (!repository.organisationExists(organisation)) {
            throw new NotFoundException("No organisation " + organisation);
        }
        if (!mayManage(actor, organisation)) {
            throw new ForbiddenException("Only an ADMIN or the organisation's group editors manage its webhooks");
        }
    }

    static boolean mayManage(Actor actor, UUID organisation) {
        return actor.has(Role.ADMIN) || actor.actsFor(organisation);
    }
}
