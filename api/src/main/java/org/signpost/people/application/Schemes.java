package org.signpost.people.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.people.infrastructure.SchemeRepository;
import org.signpost.people.model.Scheme;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;
import org.signpost.security.model.UserRef;

/** Schemes and their members: the link workers and coordinators who may see the scheme's residents. */
@Singleton
public class Schemes {

    private final SchemeRepository schemes;
    private final UserDirectory users;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Schemes(SchemeRepository schemes, UserDirectory users, TransactionOperations<Connection> transactions, Clock clock) {
        this.schemes = schemes;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Scheme create(String name, String odsCode) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        Scheme scheme = new Scheme(UUID.randomUUID(), name.trim(), odsCode == null ? null : odsCode.trim().toUpperCase());
        transactions.executeWrite(status -> {
            schemes.insert(scheme, clock.instant());
            return null;
        });
        return scheme;
    }

    public List<Scheme> all() {
        return transactions.executeRead(status -> schemes.all());
    }

    public void addMember(UUID schemeId, String username) {
        UserRef user = users.byUsername(username)
                .orElseThrow(() -> new InvalidInputException("username", "No user is called " + username));
        if (!user.has(Role.LINK_WORKER) && !user.has(Role.COORDINATOR)) {
            throw new InvalidInputException("username", "Only link workers and coordinators belong to a scheme");
        }
        transactions.executeWrite(status -> {
            schemes.find(schemeId).orElseThrow(() -> new NotFoundException("No scheme " + schemeId));
            schemes.addMember(schemeId, user.id(), clock.instant());
            return null;
        });
    }

    /**
     * Removes the user from the scheme. Membership is read afresh on every request, so they stop
     * seeing its residents from their next request. Removing someone who is not a member changes nothing.
     */
    public void removeMember(UUID schemeId, String username) {
        UserRef user = users.byUsername(username).orElseThrow(() -> new NotFoundException("No user is called " + username));
        transactions.executeWrite(status -> {
            schemes.find(schemeId).orElseThrow(() -> new NotFoundException("No scheme " + schemeId));
            return schemes.removeMember(schemeId, user.id());
        });
    }

    /** The schemes this user is a member of (empty for anyone not staff of a scheme). */
    public Set<UUID> of(UUID userId) {
        if (userId == null) {
            return Set.of();
        }
        return transactions.executeRead(status -> schemes.schemesOf(userId));
    }

    /** A member of a scheme as the console shows them. */
    public record Member(UserRef user, Instant addedAt) {
    }

    /**
     * The scheme's members, by username: an admin reads any scheme's, a coordinator only those of a scheme
     * they belong to (anyone else is refused).
     */
    public List<Member> members(Actor actor, UUID schemeId) {
        return transactions.executeRead(status -> {
            schemes.find(schemeId).orElseThrow(() -> new NotFoundException("No scheme " + schemeId));
            boolean allowed = actor.has(Role.ADMIN)
                    || actor.has(Role.COORDINATOR) && schemes.schemesOf(actor.userId()).contains(schemeId);
            if (!allowed) {
                throw new ForbiddenException("Only an admin or a coordinator of this scheme sees its members");
            }
            return schemes.members(schemeId).stream()
                    .flatMap(m -> users.byId(m.userId()).map(u -> new Member(u, m.addedAt())).stream())
                    .sorted(Comparator.comparing(m -> m.user().username()))
                    .toList();
        });
    }

    /** The schemes this user belongs to, by name. */
    public List<Scheme> schemesWithMember(UUID userId) {
        return transactions.executeRead(status -> schemes.schemesWithMember(userId));
    }

    public boolean exists(UUID schemeId) {
        return transactions.executeRead(status -> schemes.find(schemeId).isPresent());
    }
}
